package se.hoglandet.platform.tool;

/**
 * Where a tool processes the organisation's data: what the DPO asks first. A third country (outside the EU/EEA)
 * needs a stated transfer basis (adequacy decision, standard contractual clauses…).
 */
public enum ToolHosting {
    OWN_OPERATION,
    SWEDEN,
    EU_EEA,
    THIRD_COUNTRY
}
