package se.hoglandet.platform.assessment;

import se.hoglandet.platform.shared.Role;

/** A required participant signed off (or rejected) an assessment: its owner staff are told. */
public record AssessmentSignedOff(
        Long assessmentId,
        Long ownerOrganisationId,
        String title,
        Role role,
        boolean approved,
        String byName,
        Long byPersonId) {}
