package se.hoglandet.platform.person;

import java.util.Set;
import se.hoglandet.platform.shared.Role;

/**
 * What the identity provider says about a person at login.
 *
 * @param subject          provider-prefixed stable subject
 * @param displayName      the person's name
 * @param email            may be {@code null}
 * @param organisationCode the {@code organisation} attribute: the organisation's stable code
 * @param roles            the portal roles of this login (remembered so that notifications can find, say, the
 *                         organisation's administrators)
 */
public record LoginIdentity(
        String subject, String displayName, String email, String organisationCode, Set<Role> roles) {

    public LoginIdentity {
        roles = Set.copyOf(roles);
    }
}
