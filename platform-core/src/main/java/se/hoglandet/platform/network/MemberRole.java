package se.hoglandet.platform.network;

/** A member's role in the network: coordinators run it (meetings, actions, members), members take part. */
public enum MemberRole {
    COORDINATOR,
    MEMBER
}
