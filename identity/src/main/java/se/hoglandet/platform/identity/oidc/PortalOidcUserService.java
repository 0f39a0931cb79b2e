package se.hoglandet.platform.identity.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.UnknownOrganisationException;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;

/**
 * Turns an OIDC login (Keycloak) into a portal actor, at every login: realm roles from the {@code roles} claim,
 * the organisation from the {@code organisation} claim (the organisation's stable code), and the person's profile
 * created or refreshed from the ID token. A user with no portal role, or of an unknown organisation, is refused.
 */
@NamedInterface("oidc")
public class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Error codes the UI turns into a clear page. */
    public static final String NO_PORTAL_ROLE = "no_portal_role";

    public static final String UNKNOWN_ORGANISATION = "unknown_organisation";

    static final String ROLES_CLAIM = "roles";
    static final String ORGANISATION_CLAIM = "organisation";

    private static final Logger log = LoggerFactory.getLogger(PortalOidcUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final PersonService people;

    public PortalOidcUserService(PersonService people) {
        this.people = people;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Set<Role> roles = portalRoles(user.getClaimAsStringList(ROLES_CLAIM));
        if (roles.isEmpty()) {
            log.info("Refused OIDC login of {}: no portal role", user.getSubject());
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(NO_PORTAL_ROLE, "The user has no portal role", null));
        }
        String organisation = user.getClaimAsString(ORGANISATION_CLAIM);
        String name = user.getFullName() != null ? user.getFullName() : user.getPreferredUsername();
        Person person;
        try {
            person = people.recordLogin(new LoginIdentity(
                    request.getClientRegistration().getRegistrationId() + ":" + user.getSubject(),
                    name,
                    user.getEmail(),
                    organisation == null ? "" : organisation,
                    roles,
                    Boolean.TRUE.equals(user.getEmailVerified())));
        } catch (UnknownOrganisationException e) {
            log.info("Refused OIDC login of {}: unknown organisation {}", user.getSubject(), organisation);
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(UNKNOWN_ORGANISATION, "Unknown or inactive organisation", null), e);
        }
        Actor actor = new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                roles);
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new PortalOidcUser(actor, authorities, user.getIdToken(), user.getUserInfo());
    }

    /** The realm roles that are portal roles; Keycloak's own (offline_access, default-roles-…) are ignored. */
    static Set<Role> portalRoles(Collection<String> claimed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String name : claimed) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
