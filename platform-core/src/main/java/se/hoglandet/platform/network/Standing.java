package se.hoglandet.platform.network;

import se.hoglandet.platform.shared.Actor;

/**
 * Who the acting person is to a network they may read: a member (active or asking), a coordinator, or an
 * administrator of the owner organisation, who may step in as its manager so that a network outlives the people
 * who started it.
 *
 * @param membership the actor's membership, {@code null} when none
 */
record Standing(Network network, NetworkMember membership, boolean ownerAdministrator, Actor actor) {

    boolean isMember() {
        return membership != null && membership.isActive();
    }

    boolean hasAsked() {
        return membership != null && !membership.isActive();
    }

    boolean isCoordinator() {
        return membership != null && membership.isCoordinator();
    }

    /** Runs the network: coordinators and the owner organisation's administrators. */
    boolean mayManage() {
        return isCoordinator() || ownerAdministrator;
    }

    /** May join or ask to join: not yet a member, and the network takes people in that way. */
    boolean mayJoin() {
        return membership == null && network.membershipMode() != MembershipMode.BY_INVITATION;
    }
}
