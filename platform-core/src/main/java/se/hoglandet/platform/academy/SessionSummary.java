package se.hoglandet.platform.academy;

/**
 * A session as the catalogue shows it to one person: seats taken and waiting, and that person's own enrolment
 * (null when none is active) with their place in the waitlist.
 *
 * @param waitlistPosition 1 for the first in line; 0 when not waitlisted
 * @param mayEnrolStaff    an administrator may enrol their staff (not in a cancelled session)
 */
public record SessionSummary(
        CourseSession session,
        long confirmed,
        long waitlisted,
        Enrolment mine,
        long waitlistPosition,
        boolean mayEnrol,
        boolean mayCancel,
        boolean mayEnrolStaff) {

    public long seatsLeft() {
        return Math.max(0, session.capacity() - confirmed);
    }
}
