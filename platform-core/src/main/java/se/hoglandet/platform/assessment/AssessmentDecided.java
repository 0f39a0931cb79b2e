package se.hoglandet.platform.assessment;

import java.util.Set;

/** An assessment was decided: its owner staff and the participating organisations are told. */
public record AssessmentDecided(
        Long assessmentId,
        Long ownerOrganisationId,
        String title,
        AssessmentStatus outcome,
        Set<Long> participatingOrganisationIds,
        Long byPersonId) {}
