package se.hoglandet.platform.academy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;

/** Courses and sessions as the academy administrator makes them, for the academy tests. */
public final class AcademyFixture {

    private final CourseService courses;
    private final ActingAs actingAs;
    public final Actor admin;

    public AcademyFixture(CourseService courses, ActingAs actingAs, Actor admin) {
        this.courses = courses;
        this.actingAs = actingAs;
        this.admin = admin;
    }

    public Course course(boolean basicLiteracy, Integer validityMonths, Set<Role> audience) {
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

    /**
     * Time passes: the session's meetings move so that the first began at {@code firstStart} (a day apart, as
     * made), and its registration and cancellation times before it, as if the session had been held.
     */
    public static void heldFrom(JdbcTemplate jdbc, CourseSession session, Instant firstStart) {
        for (int position = 0; position < session.meetings().size(); position++) {
            Instant start = firstStart.plus(position, ChronoUnit.DAYS);
            jdbc.update(
                    "update course_meeting set starts_at = ?, ends_at = ? where session_id = ? and position = ?",
                    Timestamp.from(start),
                    Timestamp.from(start.plus(2, ChronoUnit.HOURS)),
                    session.id(),
                    position);
        }
        jdbc.update(
                "update course_session set first_starts_at = ?, registration_opens = ?, registration_closes = ?,"
                        + " cancellation_deadline = ? where id = ?",
                Timestamp.from(firstStart),
                Timestamp.from(firstStart.minus(30, ChronoUnit.DAYS)),
                Timestamp.from(firstStart.minus(1, ChronoUnit.DAYS)),
                Timestamp.from(firstStart.minus(3, ChronoUnit.DAYS)),
                session.id());
    }

    /** A session two weeks ahead, registration open now, cancellation open for ten more days. */
    public CourseSession session(Course course, int capacity, Map<Long, Integer> quotas, boolean managerApproval) {
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
