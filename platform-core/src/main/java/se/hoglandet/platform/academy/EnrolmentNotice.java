package se.hoglandet.platform.academy;

/** Something happened to an enrolment that the participant is to be told about (after the commit). */
public record EnrolmentNotice(Long enrolmentId, Kind kind) {

    public enum Kind {
        CONFIRMED,
        WAITLISTED,
        PROMOTED,
        PENDING_APPROVAL,
        DECLINED,
        CANCELLED,
        SESSION_CANCELLED,
        REMINDER
    }
}
