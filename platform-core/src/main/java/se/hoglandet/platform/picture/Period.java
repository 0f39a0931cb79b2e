package se.hoglandet.platform.picture;

import java.time.Instant;
import java.time.LocalDate;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * The time a figure counts over: [from, until) in Swedish days; both null for "everything so far" (the picture).
 * A figure that is a state (initiatives by status, literacy today) ignores it.
 */
public record Period(LocalDate from, LocalDate until) {

    public static Period always() {
        return new Period(null, null);
    }

    /** A calendar year: the yearly report. */
    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    public boolean isYear() {
        return from != null;
    }

    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    public Instant untilInstant() {
        return until == null ? null : until.atStartOfDay(SwedishTime.ZONE).toInstant();
    }

    /** The first day, or a day long before any data. */
    public LocalDate fromOrStart() {
        return from == null ? LocalDate.of(2000, 1, 1) : from;
    }

    /** The day after the last, or far in the future. */
    public LocalDate untilOrEnd() {
        return until == null ? LocalDate.of(9999, 1, 1) : until;
    }
}
