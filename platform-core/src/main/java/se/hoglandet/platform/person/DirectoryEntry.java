package se.hoglandet.platform.person;

import java.util.EnumSet;
import java.util.Set;
import se.hoglandet.platform.shared.Role;

/**
 * What a directory source says about one person.
 *
 * @param subject          the login subject that will link them, e.g. {@code keycloak:<user id>}; may be null
 * @param displayName      the person's name
 * @param email            may be {@code null}
 * @param organisationCode the organisation's stable code
 * @param roles            the portal roles (never empty: people without one are not stored)
 * @param managerKey       the source's key of the nearest manager (Keycloak: the manager's username; CSV: the
 *                         manager's e-mail), or {@code null}
 * @param key              the source's own key of this person (Keycloak: username; CSV: e-mail)
 * @param enabled          the source still lets the person sign in
 */
public record DirectoryEntry(
        String subject,
        String displayName,
        String email,
        String organisationCode,
        Set<Role> roles,
        String managerKey,
        String key,
        boolean enabled) {

    public DirectoryEntry {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
