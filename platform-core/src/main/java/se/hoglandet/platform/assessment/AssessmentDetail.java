package se.hoglandet.platform.assessment;

import java.util.List;
import java.util.Set;
import se.hoglandet.platform.shared.Role;

/**
 * Everything an assessment's page shows: the version, its template, this round's sign-offs and the roles still
 * missing, the other versions, where it came from and what was changed locally (answers, and whether the risk
 * register differs), who adopted it, the expert review requests and what the current actor may do: each
 * {@code may*} flag is computed by the service with the rules it enforces when the action is called.
 *
 * @param mayDecide           the owner's assessors may decide while it is in review, except the person who gave
 *                            the round's last required sign-off, unless their organisation allows that
 * @param myOpenReviewRequest the current actor's own open expert review request on it, or {@code null}
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
        boolean mayRequestReview,
        boolean mayDecide,
        boolean mayStartNewVersion,
        boolean mayAdopt,
        ReviewRequest myOpenReviewRequest) {

    /** One version in the series, for the version list. */
    public record VersionSummary(Long id, int versionNumber, AssessmentStatus status, java.time.Instant decidedAt) {}

    /** Another organisation's adoption of this assessment. */
    public record Adoption(Long assessmentId, String organisationName, java.time.Instant adoptedAt) {}
}
