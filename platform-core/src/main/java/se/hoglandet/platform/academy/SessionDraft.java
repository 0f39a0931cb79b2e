package se.hoglandet.platform.academy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session of a course: its meetings, place or link, capacity, optional seats per organisation, when registration
 * opens and closes, the last moment to cancel, and whether the participant's manager approves enrolments.
 */
public record SessionDraft(
        String name,
        List<Meeting> meetings,
        String place,
        String onlineLink,
        String teachers,
        int capacity,
        Map<Long, Integer> quotas,
        Instant registrationOpens,
        Instant registrationCloses,
        Instant cancellationDeadline,
        boolean managerApproval) {

    public SessionDraft {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
        quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }
}
