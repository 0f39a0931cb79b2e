package se.hoglandet.platform.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * AI-literacy follow-up with hand-computed figures, in a fresh company so that other tests' people do not count:
 * five people; one trained today (valid), one whose 24-month training runs out in 30 days (valid, expiring soon),
 * one trained 25 months ago (expired), one who took a course that is not basic training and one never trained (both
 * never). All: 5 people, 2 valid (40 %), 1 expiring, 1 expired, 2 never. Project leads (the first two and the
 * fourth): 3 people, 2 valid (67 %). Course statistics: the basic course has 3 seats taken, 3 completed (100 %).
 * An organisation's administrator sees only their own organisation; federation staff see all; members nothing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AcademyFollowUpTest {

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AcademyFollowUpService followUp;

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

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void literacyPerOrganisationAndRoleWithHandComputedFigures() {
        String code = "kunskapsbolag" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = 'vetlanda'""", code, "Bolag " + code);
        AssessmentFixture persons = new AssessmentFixture(assessments, templates, people, actingAs);
        AcademyFixture academy =
                new AcademyFixture(courses, actingAs, persons.person("hoglandsforbundet", Role.ACADEMY_ADMIN));
        Course basic = academy.course(true, 24, Set.of());
        CourseSession session = academy.session(basic, 10, Map.of(), false);
        CourseSession other = academy.session(academy.course(false, null, Set.of()), 10, Map.of(), false);

        Actor fresh = persons.person(code, Role.PROJECT_LEAD);
        Actor expiring = persons.person(code, Role.PROJECT_LEAD);
        Actor expired = persons.person(code);
        Actor otherCourseOnly = persons.person(code, Role.PROJECT_LEAD);
        persons.person(code);
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        Enrolment freshPlace = enrol(fresh, session);
        Enrolment expiringPlace = enrol(expiring, session);
        Enrolment expiredPlace = enrol(expired, session);
        Enrolment otherPlace = enrol(otherCourseOnly, other);
        // Both sessions were held long enough ago for the oldest completion below.
        AcademyFixture.heldFrom(jdbc, session, Instant.now().minus(800, ChronoUnit.DAYS));
        AcademyFixture.heldFrom(jdbc, other, Instant.now().minus(800, ChronoUnit.DAYS));
        complete(academy, session, today, freshPlace);
        complete(academy, session, today.minusMonths(24).plusDays(30), expiringPlace);
        complete(academy, session, today.minusMonths(25), expiredPlace);
        complete(academy, other, today, otherPlace);

        Actor federation = persons.person("hoglandsforbundet", Role.FEDERATION_STAFF);
        List<LiteracyOverview.Row> rows = actingAs.as(federation, () -> followUp.literacy()).rows().stream()
                .filter(r -> r.organisationName().equals("Bolag " + code))
                .toList();
        LiteracyOverview.Row all =
                rows.stream().filter(r -> r.role() == null).findFirst().orElseThrow();
        assertThat(List.of(
                        all.people(), all.valid(), all.expiringSoon(), all.expired(), all.never(), all.validPercent()))
                .containsExactly(5, 2, 1, 1, 2, 40);
        LiteracyOverview.Row leads = rows.stream()
                .filter(r -> "PROJECT_LEAD".equals(r.role()))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(
                        leads.people(),
                        leads.valid(),
                        leads.expiringSoon(),
                        leads.expired(),
                        leads.never(),
                        leads.validPercent()))
                .containsExactly(3, 2, 1, 0, 1, 67);
        assertThat(actingAs.as(federation, () -> followUp.literacyCsv()))
                .contains("Bolag " + code + ";Alla;5;2;40;1;1;2");

        CourseStatistics basicFigures = actingAs.as(federation, () -> followUp.statistics()).stream()
                .filter(s -> s.courseId().equals(basic.id()))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(basicFigures.confirmed(), basicFigures.completed(), basicFigures.waitlisted(), (long)
                        basicFigures.completionPercent()))
                .containsExactly(3L, 3L, 0L, 100L);

        // The organisation's administrator sees their own organisation only; a member nothing.
        Actor admin = persons.person(code, Role.ORG_ADMIN);
        assertThat(actingAs.as(admin, () -> followUp.literacy()).rows())
                .extracting(LiteracyOverview.Row::organisationName)
                .containsOnly("Bolag " + code);
        Actor vetlandaAdmin = persons.person("vetlanda", Role.ORG_ADMIN);
        assertThat(actingAs.as(vetlandaAdmin, () -> followUp.literacy()).rows())
                .extracting(LiteracyOverview.Row::organisationName)
                .doesNotContain("Bolag " + code);
        assertThat(actingAs.as(vetlandaAdmin, () -> followUp.statistics()))
                .allSatisfy(s -> assertThat(s.organisationName()).isEqualTo("Vetlanda kommun"));
        assertThatThrownBy(() -> actingAs.as(persons.person(code), () -> followUp.literacy()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    private Enrolment enrol(Actor person, CourseSession session) {
        return actingAs.as(person, () -> enrolments.enrol(session.id()));
    }

    /** Marks the participant present at the first meeting (with those already marked), then completes. */
    private void complete(AcademyFixture academy, CourseSession session, LocalDate on, Enrolment enrolment) {
        actingAs.as(academy.admin, () -> {
            Set<Long> present = new java.util.HashSet<>(jdbc.queryForList(
                    "select a.enrolment_id from enrolment_attendance a join enrolment e on e.id = a.enrolment_id"
                            + " where e.session_id = ? and a.position = 0",
                    Long.class,
                    session.id()));
            present.add(enrolment.id());
            courses.recordAttendance(session.id(), 0, present);
            return courses.complete(enrolment.id(), on);
        });
    }
}
