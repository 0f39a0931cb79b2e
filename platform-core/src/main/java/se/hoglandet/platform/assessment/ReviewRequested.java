package se.hoglandet.platform.assessment;

/** An expert of another organisation was asked to review an assessment. */
public record ReviewRequested(
        Long requestId,
        Long assessmentId,
        String assessmentTitle,
        Long expertPersonId,
        String requestingOrganisationName) {}
