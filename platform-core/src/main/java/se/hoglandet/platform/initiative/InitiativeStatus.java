package se.hoglandet.platform.initiative;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an initiative is in its life. It changes only through actions along these transitions, never as a free
 * field; ENDED is final (a new start is a new initiative that can point back to this one).
 */
public enum InitiativeStatus {
    IDEA,
    PLANNED,
    PILOT,
    PRODUCTION,
    PAUSED,
    ENDED;

    /** The statuses this one may move to. */
    public Set<InitiativeStatus> next() {
        return switch (this) {
            case IDEA -> EnumSet.of(PLANNED, PAUSED, ENDED);
            case PLANNED -> EnumSet.of(PILOT, PRODUCTION, PAUSED, ENDED);
            case PILOT -> EnumSet.of(PRODUCTION, PAUSED, ENDED);
            case PRODUCTION -> EnumSet.of(PAUSED, ENDED);
            case PAUSED -> EnumSet.of(PLANNED, PILOT, PRODUCTION, ENDED);
            case ENDED -> EnumSet.noneOf(InitiativeStatus.class);
        };
    }

    public boolean canMoveTo(InitiativeStatus target) {
        return next().contains(target);
    }
}
