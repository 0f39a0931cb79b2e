package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One organisation's result in a cycle: dimension scores (empty when suppressed: fewer submitted respondents than
 * the minimum), the federation average and the organisation's previous cycle for comparison, its strongest and
 * weakest dimension, and its stated collaboration levels.
 */
public record OrganisationOverview(
        Long organisationId,
        String organisationName,
        int respondents,
        int minimum,
        boolean suppressed,
        Map<String, BigDecimal> scores,
        Map<String, BigDecimal> federationAverage,
        Map<String, BigDecimal> previous,
        String previousCycleName,
        String strongest,
        String weakest,
        Map<String, LevelPair> levels) {}
