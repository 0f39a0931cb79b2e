package se.hoglandet.platform.academy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;

/** Courses and sessions as the academy administrator makes them, for the academy tests. */
final class AcademyFixture {

    private final CourseService courses;
    private final ActingAs actingAs;
    final Actor admin;

    AcademyFixture(CourseService courses, ActingAs actingAs, Actor admin) {
        this.courses = courses;
        this.actingAs = actingAs;
        this.admin = admin;
    }

    Course course(boolean basicLiteracy, Integer validityMonths, Set<Role> audience) {
        return actingAs.as(
                admin,
                () -> courses.create(new CourseDraft(
                        "Kurs " + UUID.randomUUID().toString().substring(0, 8),
                        "Beskrivning",
                        CourseTopic.AI_BASICS,
                        CourseFormat.LECTURE,
                        audience,
                        Set.of(),
                        basicLiteracy,
                        validityMonths,
                        CollaborationLevel.SHARED_COMPETENCE)));
    }

    /** A session two weeks ahead, registration open now, cancellation open for ten more days. */
    CourseSession session(Course course, int capacity, Map<Long, Integer> quotas, boolean managerApproval) {
        Instant start = Instant.now().plus(14, ChronoUnit.DAYS);
        return actingAs.as(
                admin,
                () -> courses.addSession(
                        course.id(),
                        new SessionDraft(
                                "Omgång",
                                List.of(
                                        new Meeting(start, start.plus(2, ChronoUnit.HOURS)),
                                        new Meeting(
                                                start.plus(7, ChronoUnit.DAYS),
                                                start.plus(7, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS))),
                                "Stadshuset",
                                null,
                                "Lärare",
                                capacity,
                                quotas,
                                Instant.now().minus(1, ChronoUnit.DAYS),
                                start.minus(1, ChronoUnit.DAYS),
                                start.minus(4, ChronoUnit.DAYS),
                                managerApproval)));
    }
}
