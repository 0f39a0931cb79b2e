package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One survey cycle's scores for one organisation (or the federation's average): the dimensions in the model's
 * order with their names, and the scores rounded to one decimal; {@code suppressed} when fewer than the minimum
 * responded (no scores then).
 */
public record CycleScores(
        Long cycleId,
        String cycleName,
        LocalDate opensOn,
        List<ModelDefinition.Dimension> dimensions,
        Map<String, BigDecimal> scores,
        boolean suppressed) {}
