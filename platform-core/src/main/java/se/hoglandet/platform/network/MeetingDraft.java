package se.hoglandet.platform.network;

import java.time.Instant;
import java.util.List;

/**
 * A meeting as its coordinator plans it: when, where (a place, a link or both) and, when planning, the agenda's
 * first items (later items are added on the meeting's page, one by one).
 */
public record MeetingDraft(
        String title, Instant startsAt, Instant endsAt, String place, String onlineLink, List<String> agenda) {

    public MeetingDraft {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}
