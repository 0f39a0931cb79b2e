package se.hoglandet.platform.ui;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import se.hoglandet.platform.person.Language;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Numbers and dates as the reader's language writes them — in Swedish a decimal comma, spaced thousands and
 * Swedish month names ({@code 480 000,00 kr}, {@code 6,5}, {@code 27 dec. 2026}) — and always in Swedish time.
 * The one place views format figures; a view never builds a {@link DecimalFormat} or a zone of its own.
 */
public final class Formats {

    /** The platform's time zone: every date shown is Swedish time. */
    public static final ZoneId ZONE = SwedishTime.ZONE;

    private Formats() {}

    /** An amount in kronor with two decimals: {@code 480 000,00 kr}; empty for none. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return decimal(amount, 2) + " kr";
    }

    /** A number with exactly {@code decimals} decimals: {@code 3,50}. */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number with as many decimals as it has, at most four: {@code 6,5}, {@code 12}. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", symbols());
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A whole number with spaced thousands: {@code 12 345}. */
    public static String whole(long value) {
        return new DecimalFormat("#,##0", symbols()).format(value);
    }

    /** A date: {@code 27 dec. 2026}. */
    public static String date(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    /** A moment in Swedish time: {@code 27 dec. 2026 14:30}. */
    public static String dateTime(Instant moment) {
        if (moment == null) {
            return "";
        }
        var local = moment.atZone(ZONE);
        return date(local.toLocalDate()) + " "
                + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    /** A time of day in Swedish time: {@code 14:30}. */
    public static String time(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(moment.atZone(ZONE));
    }

    /**
     * From one moment to another in Swedish time: {@code 27 dec. 2026 09:00–12:00} on one day,
     * {@code 27 dec. 2026 09:00 – 28 dec. 2026 12:00} over several.
     */
    public static String period(Instant start, Instant end) {
        if (start == null || end == null) {
            return start == null ? dateTime(end) : dateTime(start);
        }
        boolean sameDay =
                start.atZone(ZONE).toLocalDate().equals(end.atZone(ZONE).toLocalDate());
        return sameDay ? dateTime(start) + "–" + time(end) : dateTime(start) + " – " + dateTime(end);
    }

    /** Today in Swedish time. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The reader's language as a locale ({@code sv-SE} or British English), whatever the JVM's default is. */
    public static Locale locale() {
        return language() == Language.EN ? Locale.UK : Language.SV.locale();
    }

    /** The language of the current UI; Swedish outside one. */
    static Language language() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.SV : Language.of(ui.getLocale());
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale());
        if (language() == Language.SV) {
            // A normal minus sign, which every screen reader and spreadsheet understands.
            symbols.setMinusSign('-');
        }
        return symbols;
    }
}
