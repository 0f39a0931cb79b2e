package se.hoglandet.platform.visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read a record, from the visibility truth table in ARCHITECTURE.md. The owner organisation and the
 * participating organisations always read; the levels widen the circle beyond them.
 */
public enum Visibility {
    /** Owner and participating organisations only. */
    PRIVATE,
    /** Also the organisations named on the record. */
    SHARED,
    /** Also every Höglandet organisation. */
    FEDERATION,
    /** Also anonymous visitors, who see the public fields only. */
    PUBLIC;

    /** A record under secrecy (OSL) may never leave the named circle. */
    public static Set<Visibility> allowedUnderSecrecy() {
        return EnumSet.of(PRIVATE, SHARED);
    }

    public boolean reachesNamedOrganisations() {
        return this != PRIVATE;
    }

    public boolean reachesWholeFederation() {
        return this == FEDERATION || this == PUBLIC;
    }
}
