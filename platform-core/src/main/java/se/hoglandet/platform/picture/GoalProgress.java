package se.hoglandet.platform.picture;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A goal with where it stands: the current value (from the platform's figure, or the latest measured value) and
 * when it was measured ({@code null} for a platform figure, which is today's), or no value yet.
 */
public record GoalProgress(Goal goal, BigDecimal current, LocalDate measuredOn) {

    /** How far from baseline to target the current value has come, in whole per cent (0–100), or null. */
    public Integer percentOfWay() {
        if (current == null || goal.target().compareTo(goal.baseline()) == 0) {
            return null;
        }
        BigDecimal way = current.subtract(goal.baseline())
                .multiply(BigDecimal.valueOf(100))
                .divide(goal.target().subtract(goal.baseline()), 0, java.math.RoundingMode.HALF_UP);
        return Math.max(0, Math.min(100, way.intValue()));
    }
}
