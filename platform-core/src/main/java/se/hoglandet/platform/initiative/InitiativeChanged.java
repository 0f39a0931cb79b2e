package se.hoglandet.platform.initiative;

/** Something about an initiative changed (description, sharing, status, level, effects): search reindexes it. */
public record InitiativeChanged(Long initiativeId) {}
