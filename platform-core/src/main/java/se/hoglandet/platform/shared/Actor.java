package se.hoglandet.platform.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the person, the organisation they act for and their roles. Anonymous visitors are an actor too
 * (no person, no organisation, no roles), so that every rule can be asked the same question.
 *
 * @param personId         the person's profile id, {@code null} when anonymous
 * @param displayName      shown in the UI and the audit log
 * @param organisationId   the organisation the person belongs to, {@code null} when anonymous
 * @param organisationCode the organisation's stable code, e.g. {@code eksjo}
 * @param roles            portal roles from the identity provider
 */
public record Actor(Long personId, String displayName, Long organisationId, String organisationCode, Set<Role> roles) {

    private static final Actor ANONYMOUS = new Actor(null, null, null, null, Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if ((personId == null) != (organisationId == null)) {
            throw new IllegalArgumentException("A signed-in actor needs both a person and an organisation");
        }
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return personId == null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean belongsTo(Long organisation) {
        return !isAnonymous() && Objects.equals(organisationId, organisation);
    }
}
