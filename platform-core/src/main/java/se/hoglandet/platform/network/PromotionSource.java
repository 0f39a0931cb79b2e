package se.hoglandet.platform.network;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The decision or action a record is promoted from, with the network and meeting it belongs to.
 *
 * @param decisionId set when a decision is promoted (or the action follows one)
 * @param actionId   set when an action is promoted
 * @param byPersonId who promotes it
 */
record PromotionSource(
        Long networkId,
        String networkName,
        Long meetingId,
        LocalDate meetingDay,
        Long decisionId,
        Long actionId,
        Long byPersonId,
        String byName) {

    private static final DateTimeFormatter SWEDISH_DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    /**
     * Where the new record comes from, in the records' language (Swedish), e.g. "Från Nätverket för AI-samordnare,
     * möte 12 mars 2026": written into the record itself, so it carries its origin wherever it is read.
     */
    String origin() {
        return "Från " + networkName + ", möte " + SWEDISH_DAY.format(meetingDay);
    }

    /** The network's page inside the portal. */
    String link() {
        return "networks/" + networkId;
    }
}
