package se.hoglandet.platform.academy;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The seat rules, in one place, always applied with the session row locked: a seat is free when the confirmed
 * participants are fewer than the capacity and, where the session has a quota for the person's organisation, fewer
 * of that organisation than its quota. The waitlist moves up first come, first served, skipping those whose
 * organisation's quota is full (they keep their place).
 */
final class Seats {

    private Seats() {}

    static boolean free(CourseSession session, Long organisationId, EnrolmentRepository enrolments) {
        long confirmed = enrolments.countBySessionIdAndStatus(session.id(), EnrolmentStatus.CONFIRMED);
        if (confirmed >= session.capacity()) {
            return false;
        }
        Integer quota = session.quotaOf(organisationId);
        return quota == null
                || enrolments.countBySessionIdAndStatusAndOrganisationId(
                                session.id(), EnrolmentStatus.CONFIRMED, organisationId)
                        < quota;
    }

    /** Promotes waitlisted people into the seats that are free now, and tells them. */
    static void promote(
            CourseSession session, EnrolmentRepository enrolments, ApplicationEventPublisher events, Instant now) {
        if (session.cancelled()) {
            return;
        }
        for (Enrolment waiting : enrolments.waitlist(session.id())) {
            if (enrolments.countBySessionIdAndStatus(session.id(), EnrolmentStatus.CONFIRMED) >= session.capacity()) {
                return;
            }
            if (free(session, waiting.organisationId(), enrolments)) {
                waiting.moveTo(EnrolmentStatus.CONFIRMED, now);
                enrolments.saveAndFlush(waiting);
                events.publishEvent(new EnrolmentNotice(waiting.id(), EnrolmentNotice.Kind.PROMOTED));
            }
        }
    }
}
