package se.hoglandet.platform.assessment;

/** An assessment was created or changed: re-read it (search index, notifications). */
public record AssessmentChanged(Long assessmentId) {}
