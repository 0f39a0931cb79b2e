package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import se.hoglandet.platform.shared.DomainValidationException;

/** Hours of help: positive, in tenths, and never above what is offered (or, when recording, what is left). */
final class Hours {

    private Hours() {}

    /**
     * The hours, or a refusal naming the allowed range when they are missing, not positive, or above {@code most};
     * when nothing is left to give, the refusal under {@code noneLeftKey}.
     */
    static BigDecimal within(BigDecimal hours, BigDecimal most, String noneLeftKey) {
        if (most.signum() <= 0) {
            throw new DomainValidationException(noneLeftKey, "No hours are left to give");
        }
        if (hours == null || hours.signum() <= 0 || hours.compareTo(most) > 0 || hours.scale() > 1) {
            throw new DomainValidationException(
                    "expertise.error.hours", "Hours must be above 0 and at most the offer", most.stripTrailingZeros());
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }
}
