package se.hoglandet.platform.identity.local;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.hoglandet.platform.identity.ActorPrincipal;
import se.hoglandet.platform.shared.Actor;

/** A user signed in with a local account. Its authorities are {@code ROLE_<role>} for Vaadin's view checks. */
public final class PortalUser extends User implements ActorPrincipal {

    private final Actor actor;

    PortalUser(String username, Actor actor) {
        super(username, "", authoritiesOf(actor));
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    static Collection<? extends GrantedAuthority> authoritiesOf(Actor actor) {
        return actor.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
