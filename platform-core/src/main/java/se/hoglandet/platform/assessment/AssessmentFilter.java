package se.hoglandet.platform.assessment;

/** The list's filters; {@code null} means any. */
public record AssessmentFilter(
        AssessmentType type, AssessmentStatus status, Long organisationId, Long initiativeId, String text) {

    public static AssessmentFilter none() {
        return new AssessmentFilter(null, null, null, null, null);
    }
}
