package se.hoglandet.platform.assessment;

import java.util.List;
import se.hoglandet.platform.shared.Role;

/** An assessment was sent for review: each required signer role of the owner organisation is asked to sign off. */
public record AssessmentSubmitted(
        Long assessmentId, Long ownerOrganisationId, String title, List<Role> signerRoles, Long byPersonId) {}
