package se.hoglandet.platform.guideline;

/**
 * What a clause is. A rule binds ("ska"); the matrix across organisations asks first whether there is a rule on a
 * topic, and otherwise shows the strongest other kind.
 */
public enum ClauseKind {
    RULE,
    RESPONSIBILITY,
    PRINCIPLE,
    RECOMMENDATION,
    DEFINITION;

    /** Lower is stronger: the order in which the matrix prefers kinds. */
    int strength() {
        return ordinal();
    }
}
