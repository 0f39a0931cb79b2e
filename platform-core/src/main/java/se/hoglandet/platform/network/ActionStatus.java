package se.hoglandet.platform.network;

/** Where an action (åtgärd) stands; done and dropped close it, a dropped action says why. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
