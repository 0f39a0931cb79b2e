package se.hoglandet.platform.network;

import java.time.Instant;
import java.util.List;
import se.hoglandet.platform.shared.calendar.ICalendar;

/** A network meeting as a calendar file, through the platform's one calendar writer. */
final class MeetingCalendar {

    private MeetingCalendar() {}

    static byte[] of(Network network, NetworkMeeting meeting, Instant now) {
        return ICalendar.of(
                "Nätverk",
                List.of(new ICalendar.Event(
                        "network-meeting-" + meeting.id(),
                        meeting.startsAt(),
                        meeting.endsAt(),
                        meeting.title(),
                        meeting.where(),
                        meeting.onlineLink(),
                        network.name(),
                        false)),
                now,
                false);
    }
}
