package se.hoglandet.platform.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Swedes write them: a decimal comma and spaced thousands ({@code 480 000,50}). Parsing is strict —
 * a period is refused rather than guessed at ({@code 10.999} could be ten thousand or ten point nine), so that no
 * value is ever saved differently from what the user meant.
 */
public final class SwedishNumbers {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /** Digits with optional thousands groups of spaces (also the no-break spaces Swedish formatting produces). */
    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:,\\d+)?");

    private SwedishNumbers() {}

    /**
     * Reads a number typed in Swedish form; blank is {@code null}.
     *
     * @throws DomainValidationException {@code number.error.format} when the text is not a number in Swedish form
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip().replace('\u2212', '-');
        if (!NUMBER.matcher(trimmed).matches()) {
            throw new DomainValidationException("number.error.format", "Not a number in Swedish form: " + text);
        }
        return new BigDecimal(trimmed.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.'));
    }

    /**
     * Checks a number against the range and the number of decimals a field allows.
     *
     * @param errorKey the message that names the allowed range and decimals, for either failure
     * @throws DomainValidationException with {@code errorKey}
     */
    public static BigDecimal checked(
            BigDecimal value, BigDecimal min, BigDecimal max, int maxDecimals, String errorKey) {
        if (value == null) {
            return null;
        }
        if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
            throw new DomainValidationException(errorKey, "Out of range: " + value);
        }
        if (value.stripTrailingZeros().scale() > maxDecimals) {
            throw new DomainValidationException(errorKey, "Too many decimals: " + value);
        }
        return value;
    }

    /** The largest amount a DECIMAL(15,2) column holds: 9 999 999 999 999,99. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    /** Checks an amount of money in kronor: not negative, at most two decimals, fits DECIMAL(15,2). */
    public static BigDecimal amount(BigDecimal value) {
        return checked(value, BigDecimal.ZERO, MAX_AMOUNT, 2, "number.error.amount");
    }

    /** The largest measured value a DECIMAL(19,4) column holds, either sign. */
    public static final BigDecimal MAX_MEASURE = new BigDecimal("999999999999999.9999");

    /** Checks a measured value (effects): at most four decimals, fits DECIMAL(19,4). */
    public static BigDecimal measure(BigDecimal value) {
        return checked(value, MAX_MEASURE.negate(), MAX_MEASURE, 4, "number.error.measure");
    }

    /** For display: {@code 480 000,5} — spaced thousands, a decimal comma, no trailing zeros. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(SWEDISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** For display with a fixed number of decimals: {@code 480 000,00}, {@code 3,50}. */
    public static String format(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(SWEDISH));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** For files (CSV): a decimal comma, no thousands separator, no exponent: {@code 480000,5}. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
