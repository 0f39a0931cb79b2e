package se.hoglandet.platform.attachment;

/**
 * What a capability contributes for files attached to its records: the record type, and what the current actor
 * may do with a record's attachments. One bean per record type that takes attachments.
 */
public interface AttachableRecords {

    String recordType();

    /** May the current actor see the record, and so list and download its attachments? */
    boolean currentActorMayRead(long recordId);

    /** May the current actor add and remove the record's attachments? */
    boolean currentActorMayAttach(long recordId);
}
