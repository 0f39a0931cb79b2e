package se.hoglandet.platform.academy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Calendar files (RFC 5545) for sessions: one event per meeting, times in UTC, texts escaped and lines folded at 75
 * octets, so that Outlook, Google and Apple calendars all read them.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {}

    /** @param cancelled whether the events are cancelled (METHOD:CANCEL, STATUS:CANCELLED), so calendars remove them */
    static byte[] of(List<CourseSession> sessions, Instant now, boolean cancelled) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Höglandets AI-samverkan//Höglandsakademin//SV");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (cancelled ? "CANCEL" : "PUBLISH"));
        for (CourseSession session : sessions) {
            List<Meeting> meetings = session.meetings();
            for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = meetings.get(i);
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:session-" + session.id() + "-meeting-" + i + "@hoglandet-ai");
                line(ics, "DTSTAMP:" + UTC.format(now));
                line(ics, "DTSTART:" + UTC.format(meeting.startsAt()));
                line(ics, "DTEND:" + UTC.format(meeting.endsAt()));
                line(
                        ics,
                        "SUMMARY:"
                                + escape(session.course().title()
                                        + (meetings.size() > 1 ? " (" + (i + 1) + "/" + meetings.size() + ")" : "")));
                String where = session.place() != null ? session.place() : session.onlineLink();
                line(ics, "LOCATION:" + escape(where));
                if (session.onlineLink() != null) {
                    line(ics, "URL:" + session.onlineLink());
                }
                line(
                        ics,
                        "DESCRIPTION:"
                                + escape(session.name()
                                        + (session.teachers() == null ? "" : "\n" + session.teachers())));
                line(ics, "STATUS:" + (cancelled || session.cancelled() ? "CANCELLED" : "CONFIRMED"));
                line(ics, "END:VEVENT");
            }
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
