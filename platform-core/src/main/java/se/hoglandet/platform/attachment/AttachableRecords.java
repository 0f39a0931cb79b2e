package se.hoglandet.platform.attachment;

import se.hoglandet.platform.shared.RecordType;

/**
 * What a record type contributes for files attached to its records: what the current actor may do with a record's
 * attachments. Implemented by the type's one {@link RecordType} bean.
 */
public interface AttachableRecords extends RecordType {

    /** May the current actor see the record, and so list and download its attachments? */
    boolean currentActorMayRead(long recordId);

    /** May the current actor add and remove the record's attachments? */
    boolean currentActorMayAttach(long recordId);
}
