package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The federation's picture of a cycle. {@code rows} (organisation × dimension, the heatmap) and per-organisation
 * response rates are for federation staff; everyone sees the average, the trend and the level distribution.
 *
 * @param trend        dimension key → the federation average per cycle of the same model, oldest first
 * @param levelCounts  dimension key → how many organisations stated each current level (index 0 = level 1)
 */
public record FederationOverview(
        SurveyCycle cycle,
        ModelDefinition model,
        List<Row> rows,
        Map<String, BigDecimal> average,
        List<String> trendCycles,
        Map<String, List<BigDecimal>> trend,
        Map<String, int[]> levelCounts,
        List<Rate> rates,
        int invited,
        int submitted) {

    /** One organisation's scores; {@code suppressed} when too few respondents (the scores are then empty). */
    public record Row(
            Long organisationId, String organisationName, boolean suppressed, Map<String, BigDecimal> scores) {}

    public record Rate(String organisationName, int invited, int started, int submitted, boolean resultSubmitted) {}
}
