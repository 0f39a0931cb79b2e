package se.hoglandet.platform.search;

/**
 * A passage the engine found, best first: its record (type, id, title, link, owner's code) and its own text.
 *
 * @param text the passage as the record has it (plain text; whoever shows it escapes it)
 */
public record PassageHit(
        String type, String id, int ordinal, String title, String text, String link, String organisation) {

    /** The record's key, as {@link SearchDocument#key()}. */
    public String recordKey() {
        return type + ":" + id;
    }
}
