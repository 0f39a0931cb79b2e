package se.hoglandet.platform.initiative;

/** The EU AI Act's risk groups, plus "not AI" for systems that fall outside the Act's definition. */
public enum RiskGroup {
    PROHIBITED,
    HIGH,
    LIMITED,
    MINIMAL,
    NOT_AI
}
