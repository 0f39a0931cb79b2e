package se.hoglandet.platform.academy;

/**
 * Where an enrolment stands. PENDING_APPROVAL waits for the participant's manager and holds no seat; WAITLISTED waits
 * for a seat in the order of the request; CANCELLED and DECLINED hold nothing and can be enrolled again.
 */
public enum EnrolmentStatus {
    PENDING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    DECLINED;

    public boolean isActive() {
        return this == PENDING_APPROVAL || this == CONFIRMED || this == WAITLISTED;
    }
}
