package se.hoglandet.platform.maturity;

import java.util.List;

/**
 * A cycle as one person sees it: the model, their own response (if invited), and if they coordinate for their
 * organisation, its respondents' progress (names and status, never answers) and its submitted result.
 *
 * @param myOrganisationId               the reader's organisation when it takes part (its result page), else null
 * @param mayNameCoordinatorFor          the participating organisations the reader may name a coordinator for
 *                                       (all for federation staff, their own for its administrator)
 */
public record CycleDetail(
        SurveyCycle cycle,
        ModelDefinition model,
        SurveyResponse myResponse,
        boolean coordinator,
        List<SurveyResponse> myOrganisationsResponses,
        OrganisationResult myOrganisationsResult,
        boolean open,
        boolean takesPart,
        Long myOrganisationId,
        java.util.Set<Long> mayNameCoordinatorFor,
        List<String> myCoordinators) {}
