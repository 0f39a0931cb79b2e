package se.hoglandet.platform.identity;

import se.hoglandet.platform.shared.Actor;

/** A signed-in principal, whatever the login (local account or OIDC), that knows the portal actor it stands for. */
public interface ActorPrincipal {

    Actor actor();
}
