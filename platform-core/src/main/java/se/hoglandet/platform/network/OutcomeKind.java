package se.hoglandet.platform.network;

/** The kinds of record a network's decision or action can be promoted to. */
public enum OutcomeKind {
    /** A joint initiative at collaboration level 3. */
    INITIATIVE,
    /** A joint procurement. */
    PROCUREMENT,
    /** A course wish to the academy, answered with a course. */
    COURSE_WISH
}
