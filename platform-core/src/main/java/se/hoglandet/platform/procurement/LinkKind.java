package se.hoglandet.platform.procurement;

/** What a procurement links to: the initiatives it serves, the tools it concerns, the assessments that cover them. */
public enum LinkKind {
    INITIATIVE,
    TOOL,
    ASSESSMENT
}
