package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One organisation's result in a cycle: dimension scores (empty when suppressed: fewer submitted respondents than
 * the minimum), the federation average and the organisation's previous cycle for comparison, its strongest and
 * weakest dimension, and its stated collaboration levels.
 */
/**
 * An organisation's result in a cycle, with the progress behind it: {@code respondents} counts the answers in the
 * result the coordinator has sent in; {@code invited} and {@code answered} count the answers sent so far, so that
 * the page can say what is still missing before there is a result.
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
        Map<String, LevelPair> levels,
        int invited,
        int answered,
        boolean resultSubmitted) {

    /** Invited people who have not yet sent their answers. */
    public int missing() {
        return Math.max(0, invited - answered);
    }
}
