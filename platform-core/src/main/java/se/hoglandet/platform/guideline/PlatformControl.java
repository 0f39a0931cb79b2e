package se.hoglandet.platform.guideline;

/**
 * A place where the platform itself enforces or follows up a rule of a guideline. A clause may name one; its page
 * then shows the control's live state in the owning organisation ({@link ControlReading}).
 */
public enum PlatformControl {
    /** No initiative goes into production without an approved risk and consequence analysis. */
    PRODUCTION_GATE,
    /** The roles that must sign off an analysis (lawyer, DPO, security officer, IT manager). */
    SIGN_OFF_ROLES,
    /** The register of approved AI tools and the data classes each may handle. */
    TOOL_REGISTER,
    /** Incidents and suspected misuse are reported and handled. */
    INCIDENT_REPORTING,
    /** Basic AI literacy of the staff (the AI Act, art. 4). */
    AI_LITERACY,
    /** Initiatives in use are shown in the public register. */
    PUBLIC_REGISTER,
    /** The guideline itself is reviewed at least once a year. */
    ANNUAL_REVIEW
}
