package se.hoglandet.platform.assessment;

/** The workflow: draft → in review → approved / approved with conditions / rejected. Decided versions are frozen. */
public enum AssessmentStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED;

    public boolean isDecided() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS || this == REJECTED;
    }

    public boolean isApproved() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }
}
