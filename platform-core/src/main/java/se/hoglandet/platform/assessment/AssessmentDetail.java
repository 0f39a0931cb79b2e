package se.hoglandet.platform.assessment;

import java.util.List;
import java.util.Set;
import se.hoglandet.platform.shared.Role;

/**
 * Everything an assessment's page shows: the version, its template, this round's sign-offs and the roles still
 * missing, the other versions, where it came from and what was changed locally (answers, and whether the risk
 * register differs), who adopted it, the expert review requests and what the current actor may do.
 */
public record AssessmentDetail(
        Assessment assessment,
        TemplateDefinition template,
        List<SignOff> signOffs,
        Set<Role> pendingSignOffs,
        List<VersionSummary> versions,
        Assessment adoptedFrom,
        Set<String> changedSinceAdoption,
        boolean risksChangedSinceAdoption,
        List<Adoption> adoptions,
        Set<String> outcomes,
        List<AssessmentComment> comments,
        List<ReviewRequest> reviewRequests,
        boolean mayEdit,
        Set<Role> maySignAs,
        boolean mayRequestReview) {

    /** The current actor's own open review request on this assessment, if they were asked as an expert. */
    public java.util.Optional<ReviewRequest> openRequestFor(Long personId) {
        return reviewRequests.stream()
                .filter(r -> r.isOpen() && r.expertPersonId().equals(personId))
                .findFirst();
    }

    /** One version in the series, for the version list. */
    public record VersionSummary(Long id, int versionNumber, AssessmentStatus status, java.time.Instant decidedAt) {}

    /** Another organisation's adoption of this assessment. */
    public record Adoption(Long assessmentId, String organisationName, java.time.Instant adoptedAt) {}
}
