package se.hoglandet.platform.assessment;

/** The expert answered or declined; the person who asked is told. */
public record ReviewAnswered(
        Long requestId,
        Long assessmentId,
        String assessmentTitle,
        Long requestedByPersonId,
        String expertName,
        ReviewRequestStatus outcome) {}
