package se.hoglandet.platform.visibility;

/** How much of a shared record an actor may edit. */
public enum EditScope {
    /** Read at most. */
    NONE,
    /** Staff of a participating organisation: their own organisation's part of the record. */
    OWN_PART,
    /** Staff of the owner organisation: the whole record. */
    WHOLE
}
