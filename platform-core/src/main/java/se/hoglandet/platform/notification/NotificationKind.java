package se.hoglandet.platform.notification;

/**
 * What a notification is about; people choose per kind whether they get it in the portal and/or by e-mail.
 * Each capability adds its kinds here, with subject and body texts in {@code notifications/messages*.properties}.
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
    MATURITY_SURVEY
}
