package se.hoglandet.platform.guideline;

/**
 * Where one version of a guideline is: written, commented on in review, decided by the organisation's body (from
 * then on frozen), published as a public document, and finally superseded by a newer published version.
 */
public enum GuidelineStatus {
    DRAFT,
    IN_REVIEW,
    DECIDED,
    PUBLISHED,
    SUPERSEDED;

    /** Decided at some point: the text is frozen and a new version starts from it. */
    public boolean isDecided() {
        return this == DECIDED || this == PUBLISHED || this == SUPERSEDED;
    }
}
