package se.hoglandet.platform.initiative;

/** What a participating organisation does in a shared initiative. */
public enum ParticipationRole {
    /** Develops the initiative together with the owner. */
    PARTNER,
    /** Tries the result out in its own operations. */
    PILOT_SITE,
    /** Uses the finished result. */
    USER,
    /** Follows the work to learn from it. */
    OBSERVER
}
