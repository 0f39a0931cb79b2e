package se.hoglandet.platform.incident;

/** What happened, in the guidelines' words: an incident, or a suspicion that a tool is being misused. */
public enum IncidentKind {
    /** Personal or confidential data went where it must not (e.g. into a public AI tool). */
    DATA_LEAK,
    /** The tool gave harmful or wrong output that was acted upon. */
    HARMFUL_OUTPUT,
    /** Someone uses a tool against the guidelines or for something it is not approved for. */
    SUSPECTED_MISUSE,
    /** The tool was unavailable or behaved unexpectedly. */
    MALFUNCTION,
    OTHER
}
