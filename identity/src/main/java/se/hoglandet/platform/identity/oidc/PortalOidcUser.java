package se.hoglandet.platform.identity.oidc;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import se.hoglandet.platform.identity.ActorPrincipal;
import se.hoglandet.platform.shared.Actor;

/** A user signed in through the identity provider (Keycloak), carrying the portal actor built at login. */
public final class PortalOidcUser extends DefaultOidcUser implements ActorPrincipal {

    private final Actor actor;

    PortalOidcUser(
            Actor actor,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "preferred_username");
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }
}
