package se.hoglandet.platform.incident;

import java.time.LocalDate;

/**
 * What the reporter fills in. {@code personalData} says whether personal data may be involved: the DPO then has
 * 72 hours to decide on notifying the supervisory authority (GDPR art. 33).
 */
public record IncidentReport(
        String title,
        String description,
        IncidentKind kind,
        IncidentSeverity severity,
        LocalDate occurredOn,
        boolean personalData,
        Long toolId,
        Long initiativeId) {}
