package se.hoglandet.platform.audit;

import se.hoglandet.platform.shared.RecordType;

/**
 * What a record type contributes to the audit log: whether the current actor may read a given record (and so its
 * history). Implemented by the type's one {@link RecordType} bean.
 */
public interface AuditedRecords extends RecordType {

    boolean currentActorMayRead(String recordId);
}
