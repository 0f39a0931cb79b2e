package se.hoglandet.platform.initiative.ui;

import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.organisation.Organisation;

/**
 * What the initiative form edits: the core's two drafts (the description and the sharing, which the service takes
 * as wholes) and, for a new initiative, its first collaboration level (later changes go through their own dialog).
 */
record InitiativeDraft(InitiativeDetails details, InitiativeSharing sharing, CollaborationLevel level) {

    /** A new initiative: classified as the most common case, shared across Höglandet, at level 1. */
    static InitiativeDraft fresh() {
        return new InitiativeDraft(
                InitiativeDetails.of("", "", Area.ADMINISTRATION),
                InitiativeSharing.federationWide(Set.of()),
                CollaborationLevel.NETWORKING);
    }

    /** An initiative as saved, to be edited as a whole. */
    static InitiativeDraft of(Initiative initiative) {
        InitiativeSharing sharing = new InitiativeSharing(
                initiative.visibility(),
                ids(initiative.participatingOrganisations()),
                ids(initiative.namedOrganisations()),
                initiative.publicFields());
        return new InitiativeDraft(initiative.details(), sharing, initiative.collaborationLevel());
    }

    private static Set<Long> ids(Set<Organisation> organisations) {
        return organisations.stream().map(Organisation::id).collect(Collectors.toSet());
    }
}
