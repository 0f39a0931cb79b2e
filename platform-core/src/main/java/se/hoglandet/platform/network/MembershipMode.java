package se.hoglandet.platform.network;

/** How people become members of a network. */
public enum MembershipMode {
    /** Anyone who may read the network joins it themselves. */
    OPEN,
    /** Readers ask to join; a coordinator approves. */
    ON_REQUEST,
    /** Only coordinators add members. */
    BY_INVITATION
}
