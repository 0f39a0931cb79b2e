package se.hoglandet.platform.initiative;

/** An initiative moved along its lifecycle; its followers are told. */
public record InitiativeStatusChanged(
        Long initiativeId, String title, InitiativeStatus from, InitiativeStatus to, Long byPersonId) {}
