package se.hoglandet.platform.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;

/** The acting user is the principal of the current security context; anyone else is anonymous. */
@Component
class SecurityContextCurrentActor implements CurrentActor {

    @Override
    public Actor get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        return Actor.anonymous();
    }
}
