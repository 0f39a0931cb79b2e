package se.hoglandet.platform.notification;

/**
 * What a notification is about; people choose per kind whether they get it in the portal and/or by e-mail, and
 * how often by e-mail. Each capability adds its kinds here, with subject and body texts in
 * {@code notifications/messages*.properties}. Duty mail (someone must act: an incident, a sign-off, an expert
 * review) is always e-mailed at once, whatever digest the person chose.
 */
public enum NotificationKind {
    /** A company was added to, or an organisation deactivated in, the administrator's municipality. */
    ORGANISATION_CHANGED,
    /** An initiative the person follows moved to another status. */
    INITIATIVE_STATUS_CHANGED,
    /** A lesson learned was written on an initiative the person follows. */
    INITIATIVE_LESSON_ADDED,
    /** An approved assessment of the person's organisation has passed its review date. */
    ASSESSMENT_REVIEW_DUE,
    /** An incident was reported in the person's organisation, and they handle incidents there. */
    INCIDENT_REPORTED,
    /** An incident the person reported moved on. */
    INCIDENT_STATUS_CHANGED,
    /** The person was asked, through the shared expert pool, to review another organisation's assessment. */
    EXPERT_REVIEW_REQUESTED,
    /** An expert answered (or declined) the person's review request. */
    EXPERT_REVIEW_ANSWERED,
    /** The person's enrolment in an academy course changed (confirmed, waitlisted, promoted, cancelled…). */
    ACADEMY_ENROLMENT,
    /** A course session the person holds a seat in starts soon. */
    ACADEMY_REMINDER,
    /** The notice deadline of a contract of the person's organisation is near (procurement staff). */
    CONTRACT_NOTICE_DUE,
    /** The person is invited to (or reminded of) a maturity survey. */
    MATURITY_SURVEY,
    /** An assessment of the person's organisation waits for their sign-off in a role they hold. */
    ASSESSMENT_SIGN_OFF_REQUESTED,
    /** A required participant signed off (or rejected) an assessment of the person's organisation. */
    ASSESSMENT_SIGNED_OFF,
    /** An assessment of the person's organisation, or one it takes part in, was decided. */
    ASSESSMENT_DECIDED,
    /** An approval of an AI tool in the person's organisation runs out within 60 days. */
    TOOL_APPROVAL_EXPIRING,
    /** A meeting of a network the person is a member of was planned or moved, or starts tomorrow. */
    NETWORK_MEETING,
    /** The person was given an action (åtgärd) at a network's meeting. */
    NETWORK_ACTION,
    /** Someone asked to join a network the person coordinates, or the person was added to a network. */
    NETWORK_MEMBERSHIP,
    /** Someone asked for help from an expert the person manages, or a help request of theirs was decided. */
    HELP_REQUEST,
    /** A person the person manages offers to help other organisations and waits for approval. */
    EXPERT_LENDING,
    /** The invitation to set a password for a new local account: e-mail only, never a choice. */
    INVITATION,
    /** A guideline of the person's organisation is in review and waits for their comments (issue 19). */
    GUIDELINE_IN_REVIEW,
    /** The review date of the person's organisation's guideline is near or past. */
    GUIDELINE_REVIEW_DUE,
    /** The federation's template, which the person's organisation's guideline came from, has a new version. */
    GUIDELINE_TEMPLATE_UPDATED;

    /** Someone must act: always e-mailed at once. */
    public boolean isDuty() {
        return this == INCIDENT_REPORTED
                || this == ASSESSMENT_SIGN_OFF_REQUESTED
                || this == EXPERT_REVIEW_REQUESTED
                || this == INVITATION;
    }

    /** Listed among the person's choices. */
    public boolean isChoosable() {
        return this != INVITATION;
    }
}
