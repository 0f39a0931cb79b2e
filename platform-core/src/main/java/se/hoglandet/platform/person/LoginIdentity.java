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
 * @param roles            the portal roles of this login (they win over the directory's)
 * @param emailVerified    the provider vouches for the e-mail: only then may it link the login to a directory
 *                         entry of the same organisation that no subject links yet
 */
public record LoginIdentity(
        String subject,
        String displayName,
        String email,
        String organisationCode,
        Set<Role> roles,
        boolean emailVerified) {

    public LoginIdentity {
        roles = Set.copyOf(roles);
    }

    /** A login whose e-mail the provider does not vouch for. */
    public LoginIdentity(String subject, String displayName, String email, String organisationCode, Set<Role> roles) {
        this(subject, displayName, email, organisationCode, roles, false);
    }
}
