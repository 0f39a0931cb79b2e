package se.hoglandet.platform.network;

/**
 * What a participant may do at a meeting for their organisation (the report warns of representatives with
 * different mandates): decide there, bring the question back home first, or only listen.
 */
public enum Mandate {
    MAY_DECIDE,
    MUST_BRING_BACK,
    LISTENING
}
