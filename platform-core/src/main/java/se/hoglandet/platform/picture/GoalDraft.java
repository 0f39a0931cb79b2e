package se.hoglandet.platform.picture;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A goal as the form gives it; {@code dimensionKey} only for a maturity-score goal. */
public record GoalDraft(
        String title,
        GoalIndicator indicator,
        String dimensionKey,
        BigDecimal baseline,
        BigDecimal target,
        LocalDate targetDate) {}
