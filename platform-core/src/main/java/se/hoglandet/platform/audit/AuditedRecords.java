package se.hoglandet.platform.audit;

/**
 * What each capability contributes to the audit log: its record type, and whether the current actor may read a
 * given record (and so its history). One bean per audited record type.
 */
public interface AuditedRecords {

    String recordType();

    boolean currentActorMayRead(String recordId);
}
