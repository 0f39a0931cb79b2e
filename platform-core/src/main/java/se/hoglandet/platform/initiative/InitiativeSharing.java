package se.hoglandet.platform.initiative;

import java.util.Set;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Who an initiative is shared with: its visibility (truth table), the organisations taking part, the
 * organisations it is shared with by name, and which fields a PUBLIC initiative shows to everyone.
 */
public record InitiativeSharing(
        Visibility visibility,
        Set<Long> participatingOrganisationIds,
        Set<Long> namedOrganisationIds,
        Set<PublicField> publicFields) {

    public InitiativeSharing {
        participatingOrganisationIds =
                participatingOrganisationIds == null ? Set.of() : Set.copyOf(participatingOrganisationIds);
        namedOrganisationIds = namedOrganisationIds == null ? Set.of() : Set.copyOf(namedOrganisationIds);
        publicFields = publicFields == null ? Set.of() : Set.copyOf(publicFields);
    }

    /** The default for new initiatives: readable across Höglandet, not public. */
    public static InitiativeSharing federationWide(Set<Long> participatingOrganisationIds) {
        return new InitiativeSharing(
                Visibility.FEDERATION, participatingOrganisationIds, Set.of(), PublicField.defaults());
    }
}
