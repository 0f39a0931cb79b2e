package se.hoglandet.platform.maturity;

import java.util.List;

/**
 * A cycle as one person sees it: the model, their own response (if invited), and if they coordinate for their
 * organisation, its respondents' progress (names and status, never answers) and its submitted result.
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
        List<String> myCoordinators) {}
