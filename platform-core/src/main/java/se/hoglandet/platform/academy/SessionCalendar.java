package se.hoglandet.platform.academy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.hoglandet.platform.shared.calendar.ICalendar;

/** Sessions as calendar files: one event per meeting of a session, numbered when a session meets more than once. */
final class SessionCalendar {

    private SessionCalendar() {}

    static byte[] of(List<CourseSession> sessions, Instant now, boolean cancelled) {
        List<ICalendar.Event> events = new ArrayList<>();
        for (CourseSession session : sessions) {
            List<Meeting> meetings = session.meetings();
            for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = meetings.get(i);
                events.add(new ICalendar.Event(
                        "session-" + session.id() + "-meeting-" + i,
                        meeting.startsAt(),
                        meeting.endsAt(),
                        session.course().title()
                                + (meetings.size() > 1 ? " (" + (i + 1) + "/" + meetings.size() + ")" : ""),
                        session.place() != null ? session.place() : session.onlineLink(),
                        session.onlineLink(),
                        session.name() + (session.teachers() == null ? "" : "\n" + session.teachers()),
                        session.cancelled()));
            }
        }
        return ICalendar.of("Höglandsakademin", events, now, cancelled);
    }
}
