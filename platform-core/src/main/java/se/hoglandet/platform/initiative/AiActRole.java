package se.hoglandet.platform.initiative;

/** The organisation's role under the EU AI Act. */
public enum AiActRole {
    PROVIDER,
    DEPLOYER
}
