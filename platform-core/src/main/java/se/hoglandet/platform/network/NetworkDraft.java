package se.hoglandet.platform.network;

import java.util.Set;
import se.hoglandet.platform.visibility.Visibility;

/**
 * What a network's founder or coordinator describes: its name and purpose, how people join, who may read it beyond
 * its members' organisations (the visibility, and for SHARED the organisations named).
 */
public record NetworkDraft(
        String name,
        String purpose,
        MembershipMode membershipMode,
        Visibility visibility,
        Set<Long> namedOrganisationIds) {

    public NetworkDraft {
        namedOrganisationIds = namedOrganisationIds == null ? Set.of() : Set.copyOf(namedOrganisationIds);
    }

    /** A new network's defaults: open to join, readable across Höglandet. */
    public static NetworkDraft empty() {
        return new NetworkDraft("", "", MembershipMode.OPEN, Visibility.FEDERATION, Set.of());
    }
}
