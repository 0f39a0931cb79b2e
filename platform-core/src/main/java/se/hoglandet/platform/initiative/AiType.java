package se.hoglandet.platform.initiative;

/** What kind of AI an initiative uses. */
public enum AiType {
    GENERATIVE,
    PREDICTIVE,
    RULE_BASED,
    OTHER
}
