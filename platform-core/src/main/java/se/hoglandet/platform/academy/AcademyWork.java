package se.hoglandet.platform.academy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * The academy's tasks: enrolments of my staff waiting for my approval (an organisation's administrators are the
 * managers who approve), course wishes waiting for an academy administrator, and my own courses coming up (a
 * confirmed seat in a session still ahead). One query each.
 */
@Component
@Order(30)
class AcademyWork implements WorkItemProvider {

    static final String ENROLMENT_APPROVALS = "ENROLMENT_APPROVALS";
    static final String MY_COURSES = "MY_COURSES";
    static final String COURSE_WISHES = "COURSE_WISHES";
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final EnrolmentRepository enrolments;
    private final CourseWishRepository wishes;
    private final EntityManager entityManager;
    private final Clock clock;

    AcademyWork(EnrolmentRepository enrolments, CourseWishRepository wishes, EntityManager entityManager, Clock clock) {
        this.enrolments = enrolments;
        this.wishes = wishes;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        List<WorkItems> work = new ArrayList<>();
        if (actor.hasRole(Role.ORG_ADMIN)) {
            work.add(WorkItems.of(
                    ENROLMENT_APPROVALS,
                    enrolments.pendingApproval(actor.organisationId()).stream()
                            .map(e -> WorkItem.of(
                                    e.session().course().title() + " – " + e.personName(),
                                    day(e.session().firstStartsAt()),
                                    "academy/mine"))
                            .toList()));
        }
        if (actor.hasRole(Role.ACADEMY_ADMIN)) {
            // Course wishes (e.g. from a network) wait for an academy administrator to answer them with a course.
            work.add(WorkItems.of(
                    COURSE_WISHES,
                    wishes.findByStatusOrderByCreatedAtAscIdAsc(CourseWish.Status.OPEN).stream()
                            .map(w -> WorkItem.of(w.topic(), null, "academy/wishes"))
                            .toList()));
        }
        List<Enrolment> upcoming = entityManager
                .createQuery("""
                        select e from Enrolment e join fetch e.session s join fetch s.course
                        where e.personId = :me and e.status = se.hoglandet.platform.academy.EnrolmentStatus.CONFIRMED
                          and s.cancelled = false and s.firstStartsAt >= :now
                        order by s.firstStartsAt, e.id""", Enrolment.class)
                .setParameter("me", actor.personId())
                .setParameter("now", clock.instant())
                .getResultList();
        work.add(WorkItems.of(
                MY_COURSES,
                upcoming.stream()
                        .map(e -> WorkItem.of(
                                e.session().course().title(), day(e.session().firstStartsAt()), "academy/mine"))
                        .toList()));
        return work;
    }

    private static LocalDate day(java.time.Instant instant) {
        return instant.atZone(SWEDEN).toLocalDate();
    }
}
