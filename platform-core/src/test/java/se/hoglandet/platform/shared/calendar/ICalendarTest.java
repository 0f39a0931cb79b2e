package se.hoglandet.platform.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The platform's one calendar writer, read back by an independent parser (ical4j): escaped texts (commas,
 * semicolons, line breaks, Swedish letters past the 75-octet fold) come back as written, times in UTC, one event
 * per meeting, and a withdrawal cancels.
 */
class ICalendarTest {

    static final Instant START = Instant.parse("2026-03-12T08:00:00Z");

    @Test
    void whatIsWrittenIsWhatAParserReads() throws Exception {
        String longTitle = "Nätverksträff för AI-samordnare; riktlinjer, utbildning och uppföljning av åtgärder i"
                + " Höglandets kommuner";
        byte[] ics = ICalendar.of(
                "Nätverk",
                List.of(
                        new ICalendar.Event(
                                "network-meeting-7",
                                START,
                                START.plusSeconds(7200),
                                longTitle,
                                "Stadshuset, sal 2",
                                null,
                                "Rad ett\nRad två",
                                false),
                        new ICalendar.Event(
                                "network-meeting-8",
                                START.plusSeconds(86_400),
                                START.plusSeconds(90_000),
                                "Digitalt",
                                "https://moten.example.invalid/a",
                                "https://moten.example.invalid/a",
                                null,
                                false)),
                START,
                false);

        assertThat(new String(ics, StandardCharsets.UTF_8).lines())
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent first = events.getFirst();
        assertThat(first.getSummary().getValue()).isEqualTo(longTitle);
        assertThat(first.getLocation().getValue()).isEqualTo("Stadshuset, sal 2");
        assertThat(first.getDescription().getValue()).isEqualTo("Rad ett\nRad två");
        assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(START);
        assertThat(Instant.from(first.getDateTimeEnd().getDate())).isEqualTo(START.plusSeconds(7200));
        assertThat(first.<Property>getProperty("UID").orElseThrow().getValue())
                .isEqualTo("network-meeting-7@hoglandet-ai");
        assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(events.get(1).<Property>getProperty("URL").orElseThrow().getValue())
                .isEqualTo("https://moten.example.invalid/a");
        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("PUBLISH");
    }

    @Test
    void aWithdrawalCancelsEveryEvent() throws Exception {
        byte[] ics = ICalendar.of(
                "Höglandsakademin",
                List.of(new ICalendar.Event(
                        "session-1-meeting-0", START, START.plusSeconds(3600), "Kurs", "Eksjö", null, null, false)),
                START,
                true);
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertThat(calendar.<Property>getProperty("METHOD").orElseThrow().getValue())
                .isEqualTo("CANCEL");
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getStatus().getValue()).isEqualTo("CANCELLED");
    }
}
