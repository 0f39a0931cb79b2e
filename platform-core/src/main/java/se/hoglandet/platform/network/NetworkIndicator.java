package se.hoglandet.platform.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Whether a network's talk turns into action: decisions taken, actions done on time and outcomes created in the
 * twelve calendar months up to today (the current month included), in total and per month for a chart.
 */
public record NetworkIndicator(
        LocalDate from, LocalDate to, long decisions, long actionsDoneOnTime, long outcomes, List<Month> months) {

    /** One month's figures. */
    public record Month(YearMonth month, long decisions, long actionsDoneOnTime, long outcomes) {}
}
