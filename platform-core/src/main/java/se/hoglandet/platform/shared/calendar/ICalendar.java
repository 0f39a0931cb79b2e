package se.hoglandet.platform.shared.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The one calendar-file writer (RFC 5545) of the platform, for the academy's sessions and the networks' meetings:
 * one event per meeting, times in UTC, texts escaped and lines folded at 75 octets, so that Outlook, Google and
 * Apple calendars all read them. Tests parse its files back with ical4j.
 */
public final class ICalendar {

    /** The MIME type of a calendar file; e-mail attachments add {@code ; method=PUBLISH|CANCEL}. */
    public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8";

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * One event.
     *
     * @param uid         stable across updates, so that a calendar replaces the event instead of adding it again
     * @param location    a place or a link; may be {@code null}
     * @param url         an online meeting's link; may be {@code null}
     * @param description may be {@code null}
     * @param cancelled   the event is off (STATUS:CANCELLED)
     */
    public record Event(
            String uid,
            Instant startsAt,
            Instant endsAt,
            String summary,
            String location,
            String url,
            String description,
            boolean cancelled) {}

    private ICalendar() {}

    /**
     * @param product   who wrote the file, e.g. {@code Höglandsakademin}
     * @param cancelled whether the file withdraws the events (METHOD:CANCEL, STATUS:CANCELLED), so calendars remove
     *                  them
     */
    public static byte[] of(String product, List<Event> events, Instant now, boolean cancelled) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Höglandets AI-samverkan//" + product + "//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid() + "@hoglandet-ai");
            line(ics, "DTSTAMP:" + UTC.format(now));
            line(ics, "DTSTART:" + UTC.format(event.startsAt()));
            line(ics, "DTEND:" + UTC.format(event.endsAt()));
            line(ics, "SUMMARY:" + escape(event.summary()));
            if (event.location() != null) {
                line(ics, "LOCATION:" + escape(event.location()));
            }
            if (event.url() != null) {
                line(ics, "URL:" + event.url());
            }
            if (event.description() != null) {
                line(ics, "DESCRIPTION:" + escape(event.description()));
            }
            line(ics, "STATUS:" + (cancelled || event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets of UTF-8. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(current).append("\r\n");
    }
}
