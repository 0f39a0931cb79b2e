package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Enrolment rules on MariaDB: capacity, waitlist order and positions, promotion when a seat frees, quotas per
 * organisation (the first in line waits while their organisation's quota is full), the cancellation deadline, the
 * registration window, the audience, manager approval, administrators enrolling their staff, and who sees what.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class EnrolmentTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixture persons;
    AcademyFixture academy;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
        academy = new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void fullSessionsWaitlistInOrderAndAFreedSeatGoesToTheFirstInLine() {
        CourseSession session = academy.session(academy.course(true, 24, Set.of()), 2, Map.of(), false);
        Actor anna = persons.person("nassjo");
        Actor bo = persons.person("eksjo");
        Actor cecilia = persons.person("nassjo");
        Actor david = persons.person("aneby");

        Enrolment a = enrol(anna, session);
        enrol(bo, session);
        Enrolment c = enrol(cecilia, session);
        Enrolment d = enrol(david, session);
        assertThat(List.of(a.status(), c.status(), d.status()))
                .containsExactly(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.WAITLISTED);
        assertThat(actingAs.as(cecilia, () -> enrolments.waitlistPosition(c.id())))
                .isEqualTo(1);
        assertThat(actingAs.as(david, () -> enrolments.waitlistPosition(d.id())))
                .isEqualTo(2);
        assertThatThrownBy(() -> enrol(anna, session))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.already");

        // Only the participant cancels their own; a freed seat goes to the first in line, who is told.
        assertThatThrownBy(() -> actingAs.as(bo, () -> enrolments.cancel(a.id())))
                .isInstanceOf(DomainValidationException.class);
        actingAs.as(anna, () -> enrolments.cancel(a.id()));
        assertThat(status(c)).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(status(d)).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(actingAs.as(david, () -> enrolments.waitlistPosition(d.id())))
                .isEqualTo(1);
        assertThat(confirmed(session)).isEqualTo(2);

        // Enrolling again after cancelling is a new place at the end of the line.
        Enrolment again = enrol(anna, session);
        assertThat(again.id()).isEqualTo(a.id());
        assertThat(again.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(actingAs.as(anna, () -> enrolments.waitlistPosition(a.id()))).isEqualTo(2);

        // A larger capacity moves the waitlist up at once, in order.
        CourseSession current = actingAs.as(academy.admin, () -> courses.session(session.id()));
        actingAs.as(academy.admin, () -> courses.updateSession(session.id(), current.version(), draftOf(current, 3)));
        assertThat(status(d)).isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThat(status(a)).isEqualTo(EnrolmentStatus.WAITLISTED);
        CourseSession bigger = actingAs.as(academy.admin, () -> courses.session(session.id()));
        assertThatThrownBy(() -> actingAs.as(
                        academy.admin, () -> courses.updateSession(session.id(), bigger.version(), draftOf(bigger, 2))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("session.error.belowConfirmed");
    }

    @Test
    void quotasKeepAnOrganisationToItsSeatsAndTheNextInLineWhoseQuotaAllowsMovesUp() {
        long eksjo = persons.person("eksjo").organisationId();
        CourseSession session = academy.session(academy.course(false, null, Set.of()), 3, Map.of(eksjo, 1), false);
        Enrolment eksjo1 = enrol(persons.person("eksjo"), session);
        Enrolment eksjo2 = enrol(persons.person("eksjo"), session);
        Enrolment vetlanda1 = enrol(persons.person("vetlanda"), session);
        Actor vetlanda2Person = persons.person("vetlanda");
        Enrolment vetlanda2 = enrol(vetlanda2Person, session);
        Enrolment vetlanda3 = enrol(persons.person("vetlanda"), session);
        assertThat(List.of(
                        eksjo1.status(), eksjo2.status(), vetlanda1.status(), vetlanda2.status(), vetlanda3.status()))
                .containsExactly(
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITLISTED,
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.CONFIRMED,
                        EnrolmentStatus.WAITLISTED);

        actingAs.as(vetlanda2Person, () -> enrolments.cancel(vetlanda2.id()));
        assertThat(status(eksjo2))
                .as("Eksjö's quota is full: it keeps its place")
                .isEqualTo(EnrolmentStatus.WAITLISTED);
        assertThat(status(vetlanda3)).isEqualTo(EnrolmentStatus.CONFIRMED);
    }

    @Test
    void deadlinesWindowAudienceAndApprovalAreEnforced() {
        Course forLawyers = academy.course(false, null, Set.of(Role.LAWYER));
        CourseSession lawyersSession = academy.session(forLawyers, 10, Map.of(), false);
        assertThatThrownBy(() -> enrol(persons.person("eksjo"), lawyersSession))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.audience");
        assertThat(enrol(persons.person("eksjo", Role.LAWYER), lawyersSession).status())
                .isEqualTo(EnrolmentStatus.CONFIRMED);

        CourseSession session = academy.session(academy.course(false, null, Set.of()), 10, Map.of(), true);
        Actor employee = persons.person("vetlanda");
        Actor manager = persons.person("vetlanda", Role.ORG_ADMIN);
        Actor otherManager = persons.person("aneby", Role.ORG_ADMIN);
        Enrolment pending = enrol(employee, session);
        assertThat(pending.status()).isEqualTo(EnrolmentStatus.PENDING_APPROVAL);
        assertThat(confirmed(session)).isZero();
        assertThat(actingAs.as(otherManager, () -> enrolments.pendingApprovals()))
                .extracting(Enrolment::id)
                .doesNotContain(pending.id());
        assertThatThrownBy(() -> actingAs.as(otherManager, () -> enrolments.approve(pending.id())))
                .isInstanceOf(DomainValidationException.class);
        assertThat(actingAs.as(manager, () -> enrolments.pendingApprovals()))
                .extracting(Enrolment::id)
                .contains(pending.id());
        assertThat(actingAs.as(manager, () -> enrolments.approve(pending.id())).status())
                .isEqualTo(EnrolmentStatus.CONFIRMED);

        // An administrator enrols their own staff, not another organisation's.
        Actor colleague = persons.person("vetlanda");
        assertThat(actingAs.as(manager, () -> enrolments.enrolStaff(session.id(), colleague.personId()))
                        .status())
                .isEqualTo(EnrolmentStatus.CONFIRMED);
        assertThatThrownBy(
                        () -> actingAs.as(otherManager, () -> enrolments.enrolStaff(session.id(), employee.personId())))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(employee, () -> enrolments.enrolStaff(session.id(), colleague.personId())))
                .isInstanceOf(PermissionDeniedException.class);

        // After the cancellation deadline the participant cannot cancel; after registration closes nobody enrols.
        jdbc.update(
                "update course_session set cancellation_deadline = ?, registration_closes = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)),
                java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)),
                session.id());
        assertThatThrownBy(() -> actingAs.as(employee, () -> enrolments.cancel(pending.id())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.deadline");
        assertThatThrownBy(() -> enrol(persons.person("vetlanda"), session))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.closed");

        // Participant lists are for the organiser's academy administrators only.
        Actor otherAcademyAdmin = persons.person("eksjo", Role.ACADEMY_ADMIN);
        assertThatThrownBy(() -> actingAs.as(otherAcademyAdmin, () -> courses.participants(session.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(actingAs.as(academy.admin, () -> courses.participants(session.id())))
                .hasSize(2);
    }

    private Enrolment enrol(Actor actor, CourseSession session) {
        return actingAs.as(actor, () -> enrolments.enrol(session.id()));
    }

    private EnrolmentStatus status(Enrolment enrolment) {
        return EnrolmentStatus.valueOf(
                jdbc.queryForObject("select status from enrolment where id = ?", String.class, enrolment.id()));
    }

    private long confirmed(CourseSession session) {
        return jdbc.queryForObject(
                "select count(*) from enrolment where session_id = ? and status = 'CONFIRMED'",
                Long.class,
                session.id());
    }

    static SessionDraft draftOf(CourseSession s, int capacity) {
        return new SessionDraft(
                s.name(),
                s.meetings(),
                s.place(),
                s.onlineLink(),
                s.teachers(),
                capacity,
                s.quotas(),
                s.registrationOpens(),
                s.registrationCloses(),
                s.cancellationDeadline(),
                s.managerApproval());
    }
}
