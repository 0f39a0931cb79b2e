package se.hoglandet.platform.incident;

import java.util.Set;

/** Reported → being investigated → closed (with a resolution); a closed incident can be reopened. */
public enum IncidentStatus {
    REPORTED,
    INVESTIGATING,
    CLOSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> Set.of(INVESTIGATING, CLOSED);
            case INVESTIGATING -> Set.of(CLOSED);
            case CLOSED -> Set.of(INVESTIGATING);
        };
    }
}
