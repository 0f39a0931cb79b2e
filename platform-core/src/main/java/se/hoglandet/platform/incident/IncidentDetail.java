package se.hoglandet.platform.incident;

import java.util.Set;

/**
 * An incident as its reader sees it: the linked tool's name and the initiative's title (null when unreadable), and
 * what the reader may do.
 */
public record IncidentDetail(
        Incident incident,
        String toolName,
        String initiativeTitle,
        boolean mayHandle,
        Set<IncidentStatus> nextStatuses) {}
