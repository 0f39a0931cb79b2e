package se.hoglandet.platform.incident;

/** A handler moved an incident on: the reporter is told. */
public record IncidentStatusChanged(
        Long incidentId, String title, IncidentStatus to, Long reporterPersonId, Long byPersonId) {}
