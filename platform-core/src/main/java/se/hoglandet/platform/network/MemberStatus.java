package se.hoglandet.platform.network;

/** Whether a membership is in force or still waits for a coordinator. */
public enum MemberStatus {
    ACTIVE,
    /** Asked to join a network on request; a coordinator decides. */
    REQUESTED
}
