package se.hoglandet.platform.shared;

/**
 * The one shape of "a record changed": every capability's {@code XChanged} event implements it, so a listener that
 * serves every type (the search indexer) listens once. It carries only the key and id: a listener reloads the
 * record, so replaying the event from the publication registry is harmless.
 */
public interface RecordChanged {

    String recordType();

    String recordId();
}
