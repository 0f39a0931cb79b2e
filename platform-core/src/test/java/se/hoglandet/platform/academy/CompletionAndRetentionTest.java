package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
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
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Attendance (list and check-in code), completion, the certificate and its public verification (valid, expired,
 * unknown; no more than name, course and date), the participant's own data and calendar, and the retention job.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class CompletionAndRetentionTest {

    /** As the certificate writes dates: "3 mars 2026". */
    private static final DateTimeFormatter SWEDISH_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

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
    void attendanceCompletionCertificateAndVerification() {
        CourseSession session = academy.session(academy.course(true, 24, Set.of()), 5, Map.of(), false);
        Actor participant = persons.person("nassjo");
        Actor absent = persons.person("nassjo");
        Enrolment enrolment = actingAs.as(participant, () -> enrolments.enrol(session.id()));
        Enrolment other = actingAs.as(absent, () -> enrolments.enrol(session.id()));

        // Attendance for a meeting that has not begun, and completion of a course not yet held, are refused.
        assertThatThrownBy(() -> actingAs.as(academy.admin, () -> {
                    courses.recordAttendance(session.id(), 0, Set.of(enrolment.id()));
                    return null;
                }))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("session.error.meetingNotStarted");
        assertThatThrownBy(() -> actingAs.as(
                        academy.admin, () -> courses.complete(enrolment.id(), LocalDate.now(SwedishTime.ZONE))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.notHeld");
        // Time passes: the first meeting was yesterday, the second is ahead.
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        jdbc.update(
                "update course_meeting set starts_at = ?, ends_at = ? where session_id = ? and position = 0",
                Timestamp.from(yesterday),
                Timestamp.from(yesterday.plus(2, ChronoUnit.HOURS)),
                session.id());
        jdbc.update(
                "update course_session set first_starts_at = ? where id = ?", Timestamp.from(yesterday), session.id());

        // The list for meeting 1; the check-in code for meeting 2 while it is going on (not before).
        actingAs.as(academy.admin, () -> {
            courses.recordAttendance(session.id(), 0, Set.of(enrolment.id()));
            return null;
        });
        assertThatThrownBy(() -> actingAs.as(participant, () -> enrolments.checkIn(session.checkInCode())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.noMeetingNow");
        Instant now = Instant.now();
        jdbc.update(
                "update course_meeting set starts_at = ?, ends_at = ? where session_id = ? and position = 1",
                Timestamp.from(now.minus(10, ChronoUnit.MINUTES)),
                Timestamp.from(now.plus(1, ChronoUnit.HOURS)),
                session.id());
        assertThat(actingAs.as(
                        participant,
                        () -> enrolments.checkIn(session.checkInCode().toLowerCase())))
                .isEqualTo(1);
        assertThatThrownBy(() -> actingAs.as(participant, () -> enrolments.checkIn("NOSUCH")))
                .isInstanceOf(DomainValidationException.class);
        assertThat(jdbc.queryForList(
                        "select position from enrolment_attendance where enrolment_id = ? order by position",
                        Integer.class,
                        enrolment.id()))
                .containsExactly(0, 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrolment_attendance where enrolment_id = ?", Long.class, other.id()))
                .isZero();

        // Only the organiser's academy administrators complete; the certificate belongs to the participant.
        assertThatThrownBy(() -> actingAs.as(
                        persons.person("eksjo", Role.ACADEMY_ADMIN),
                        () -> courses.complete(enrolment.id(), LocalDate.now(SwedishTime.ZONE))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() ->
                        actingAs.as(academy.admin, () -> courses.complete(other.id(), LocalDate.now(SwedishTime.ZONE))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.noAttendance");
        assertThatThrownBy(() -> actingAs.as(
                        academy.admin,
                        () -> courses.complete(
                                enrolment.id(), LocalDate.now(SwedishTime.ZONE).minusDays(2))))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("enrolment.error.completedBeforeStart");
        Enrolment done =
                actingAs.as(academy.admin, () -> courses.complete(enrolment.id(), LocalDate.now(SwedishTime.ZONE)));
        // A completed course is not cancelled (the place, and the certificate, stay).
        assertThat(actingAs.as(participant, () -> enrolments.mine()).stream()
                        .filter(e -> e.id().equals(enrolment.id()))
                        .findFirst()
                        .orElseThrow()
                        .cancellableAt(Instant.now()))
                .isFalse();
        assertThat(done.certificateCode()).hasSize(10);
        byte[] pdf = actingAs.as(participant, () -> enrolments.certificate(enrolment.id()));
        PdfChecks.assertAccessible(pdf, "certificate");
        assertThat(PdfChecks.title(pdf))
                .isEqualTo("Kursintyg: " + session.course().title());
        assertThat(PdfChecks.language(pdf)).isEqualTo("sv");
        assertThat(PdfChecks.pages(pdf)).isOne();
        assertThat(PdfChecks.text(pdf))
                .contains("Höglandsakademin · Höglandsförbundet")
                .contains(participant.displayName() + "\nhar genomfört kursen\n"
                        + session.course().title())
                .contains("Genomförd " + SWEDISH_DATE.format(LocalDate.now(SwedishTime.ZONE)))
                .contains("Giltig till och med "
                        + SWEDISH_DATE.format(LocalDate.now(SwedishTime.ZONE).plusMonths(24)))
                .contains("grundläggande AI-kunskap enligt AI-förordningen")
                .contains("Verifieringskod: " + done.certificateCode());
        assertThatThrownBy(() -> actingAs.as(absent, () -> enrolments.certificate(enrolment.id())))
                .isInstanceOf(DomainValidationException.class);

        actingAs.anonymous();
        Verification valid = enrolments.verify(done.certificateCode().toLowerCase());
        assertThat(valid.state()).isEqualTo(Verification.State.VALID);
        assertThat(valid.name()).isEqualTo(participant.displayName());
        assertThat(valid.completedOn()).isEqualTo(LocalDate.now(SwedishTime.ZONE));
        assertThat(valid.validUntil()).isEqualTo(LocalDate.now(SwedishTime.ZONE).plusMonths(24));
        assertThat(enrolments.verify("XXXXXXXXXX").state()).isEqualTo(Verification.State.UNKNOWN);
        assertThat(enrolments.verify("XXXXXXXXXX").name()).isNull();
        jdbc.update(
                "update enrolment set completed_on = ? where id = ?",
                LocalDate.now(SwedishTime.ZONE).minusMonths(25),
                enrolment.id());
        assertThat(enrolments.verify(done.certificateCode()).state()).isEqualTo(Verification.State.EXPIRED);

        // The participant's own data: everything stored, as JSON, and the calendar file.
        String export = actingAs.as(participant, () -> enrolments.exportMyData());
        assertThat(export)
                .contains(session.course().title())
                .contains("\"certificateCode\" : \"" + done.certificateCode())
                .contains("\"meetingsAttended\" : [ 1, 2 ]");
        String ics =
                new String(actingAs.as(participant, () -> enrolments.calendar(enrolment.id())), StandardCharsets.UTF_8);
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("BEGIN:VEVENT")
                .contains("LOCATION:Stadshuset")
                .contains("SUMMARY:" + session.course().title() + " (1/2)");
        assertThatThrownBy(() -> actingAs.as(absent, () -> enrolments.calendar(enrolment.id())))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void theRetentionJobAnonymisesOldEnrolmentsOnly() {
        CourseSession old = academy.session(academy.course(true, 24, Set.of()), 5, Map.of(), false);
        CourseSession recent = academy.session(academy.course(true, 24, Set.of()), 5, Map.of(), false);
        Actor participant = persons.person("aneby");
        Enrolment oldOne = actingAs.as(participant, () -> enrolments.enrol(old.id()));
        Enrolment recentOne = actingAs.as(participant, () -> enrolments.enrol(recent.id()));
        Instant longAgo = Instant.now().minus(40 * 31, ChronoUnit.DAYS);
        AcademyFixture.heldFrom(jdbc, old, longAgo);
        actingAs.as(academy.admin, () -> {
            courses.recordAttendance(old.id(), 0, Set.of(oldOne.id()));
            return null;
        });
        Enrolment completed =
                actingAs.as(academy.admin, () -> courses.complete(oldOne.id(), LocalDate.now(SwedishTime.ZONE)));

        actingAs.anonymous();
        assertThat(enrolments.anonymiseExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForMap(
                        "select person_id, person_name, anonymised, certificate_code, status from enrolment where id = ?",
                        oldOne.id()))
                .containsEntry("person_id", null)
                .containsEntry("person_name", Enrolment.ANONYMISED_NAME)
                .containsEntry("anonymised", true)
                .containsEntry("certificate_code", null)
                .containsEntry("status", "CONFIRMED");
        assertThat(jdbc.queryForObject("select anonymised from enrolment where id = ?", Boolean.class, recentOne.id()))
                .isFalse();
        assertThat(enrolments.verify(completed.certificateCode()).state()).isEqualTo(Verification.State.UNKNOWN);
        assertThat(actingAs.as(participant, () -> enrolments.mine()))
                .extracting(Enrolment::id)
                .containsExactly(recentOne.id());
        assertThat(enrolments.anonymiseExpired()).isZero();
    }
}
