package se.hoglandet.platform.assessment;

/** The kinds of legal assessment; each template is of one kind. */
public enum AssessmentType {
    /** The guidelines' risk- och konsekvensanalys before an AI service goes into production. */
    RISK_CONSEQUENCE,
    /** GDPR art. 35 data-protection impact assessment. */
    DPIA,
    /** AI Act art. 27 fundamental-rights impact assessment. */
    FRIA,
    AI_ACT_CLASSIFICATION,
    /** A few questions answering "is a DPIA and/or a FRIA needed?". */
    PRE_SCAN
}
