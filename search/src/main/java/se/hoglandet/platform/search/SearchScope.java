package se.hoglandet.platform.search;

import se.hoglandet.platform.shared.Actor;

/**
 * Whose eyes a search is for: the visibility truth table needs only the searcher's organisation (roles do not
 * widen what anyone reads). {@code null} organisation means an anonymous visitor, who sees PUBLIC records only.
 */
public record SearchScope(Long organisationId) {

    public static SearchScope of(Actor actor) {
        return new SearchScope(actor.isAnonymous() ? null : actor.organisationId());
    }

    public static SearchScope anonymous() {
        return new SearchScope(null);
    }

    public boolean isAnonymous() {
        return organisationId == null;
    }
}
