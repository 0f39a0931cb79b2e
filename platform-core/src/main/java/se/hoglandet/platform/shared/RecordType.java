package se.hoglandet.platform.shared;

/**
 * A kind of record the platform knows by a stable key ({@code initiative}, {@code lesson}…): the audit log, the
 * attachments and the search index refer to records as key and id. Every contribution a capability makes for its
 * records (audit, attachments, search) extends this, and each record type has exactly one bean implementing all of
 * its contributions, found through {@link RecordTypes}. The key is stable: it is stored in audit entries,
 * attachments and event publications, and the UI maps it to a route.
 */
public interface RecordType {

    String recordType();
}
