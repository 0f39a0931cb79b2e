package se.hoglandet.platform.incident;

/** Filters of the incident list; {@code null} means any. */
public record IncidentFilter(IncidentStatus status, Long toolId, Long initiativeId, String text) {

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null);
    }
}
