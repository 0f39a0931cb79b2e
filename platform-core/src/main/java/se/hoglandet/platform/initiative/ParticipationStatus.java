package se.hoglandet.platform.initiative;

/** Where a participating organisation stands in a shared initiative; each organisation keeps its own. */
public enum ParticipationStatus {
    INTERESTED,
    PLANNING,
    PILOTING,
    IN_USE,
    LEFT
}
