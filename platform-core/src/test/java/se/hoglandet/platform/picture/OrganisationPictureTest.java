package se.hoglandet.platform.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseStatistics;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The organisation's picture, its goals and its yearly report on real MariaDB, every figure computed by hand from
 * {@link PictureFixture} ("Bildbolaget"): what the company's own people see, what federation staff see (no PRIVATE
 * record counted), and what the report counts per year.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class OrganisationPictureTest {

    @Autowired
    PictureService pictures;

    @Autowired
    YearlyReportService reports;

    @Autowired
    InitiativeService initiatives;

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

    PictureFixture fixture;
    AssessmentFixture persons;

    @BeforeEach
    void bildbolaget() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
        fixture = new PictureFixture(jdbc, actingAs, persons, initiatives, courses, enrolments, followUp);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theCompanysOwnPeopleSeeEveryFigureAndGoalsAreFedByThem() {
        Goal literacy = actingAs.as(
                fixture.admin,
                () -> pictures.createGoal(new GoalDraft(
                        "Alla har AI-grunder",
                        GoalIndicator.LITERACY_SHARE,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(90),
                        LocalDate.now(SwedishTime.ZONE).plusYears(1))));
        Goal effects = actingAs.as(
                fixture.admin,
                () -> pictures.createGoal(new GoalDraft(
                        "Initiativ i drift med effekter",
                        GoalIndicator.INITIATIVES_WITH_EFFECTS,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(4),
                        LocalDate.now(SwedishTime.ZONE).plusYears(1))));
        Goal measured = actingAs.as(
                fixture.admin,
                () -> pictures.createGoal(new GoalDraft(
                        "Ärenden med AI-stöd (%)",
                        GoalIndicator.MEASURED,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(50),
                        LocalDate.now(SwedishTime.ZONE).plusYears(2))));
        actingAs.as(
                fixture.admin,
                () -> pictures.measure(measured.id(), LocalDate.now(SwedishTime.ZONE), new BigDecimal("12.5")));

        OrganisationPicture picture = actingAs.as(fixture.member, () -> pictures.picture(fixture.id));

        assertThat(value(picture.figures(), "initiatives.status.PRODUCTION")).isEqualTo(2);
        assertThat(value(picture.figures(), "initiatives.status.PILOT")).isEqualTo(1);
        assertThat(value(picture.figures(), "initiatives.status.IDEA")).isEqualTo(1);
        assertThat(value(picture.figures(), "initiatives.level.3")).isEqualTo(1);
        assertThat(value(picture.figures(), "initiatives.productionWithEffects"))
                .isEqualTo(2);
        assertThat(value(picture.figures(), "effects.measurements")).isEqualTo(3);
        assertThat(value(picture.figures(), "collaboration.jointInitiatives")).isEqualTo(1);
        assertThat(value(picture.figures(), "assessments.approved")).isEqualTo(1);
        assertThat(value(picture.figures(), "academy.literacyShare")).isEqualTo(30);
        assertThat(value(picture.figures(), "academy.completed")).isEqualTo(3);
        assertThat(value(picture.figures(), "academy.appliedShare")).isEqualTo(67);
        assertThat(value(picture.figures(), "incidents.reported")).isZero();
        assertThat(picture.mayEdit()).isFalse();

        assertThat(picture.goals())
                .extracting(g -> g.goal().id(), GoalProgress::current, GoalProgress::percentOfWay)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(literacy.id(), BigDecimal.valueOf(30), 33),
                        org.assertj.core.groups.Tuple.tuple(effects.id(), BigDecimal.valueOf(2), 50),
                        org.assertj.core.groups.Tuple.tuple(measured.id(), new BigDecimal("12.50"), 25));
        assertThat(actingAs.as(fixture.admin, () -> pictures.picture(fixture.id))
                        .mayEdit())
                .isTrue();
    }

    @Test
    void appliedInInitiativesIsCountedPerCourse() {
        Actor federation = persons.person("hoglandsforbundet", Role.FEDERATION_STAFF);
        List<CourseStatistics> ours = actingAs.as(federation, () -> followUp.statistics()).stream()
                .filter(s -> s.organisationName().equals("Bildbolaget " + fixture.code))
                .toList();
        assertThat(ours).singleElement().satisfies(s -> {
            assertThat(s.completed()).isEqualTo(3);
            assertThat(s.appliedInInitiatives()).isEqualTo(2);
            assertThat(s.appliedPercent()).isEqualTo(67);
        });
        assertThat(actingAs.as(fixture.member, () -> enrolments.coursesFor(fixture.a.id())))
                .singleElement()
                .satisfies(c -> assertThat(c.people()).isEqualTo(2));
    }

    @Test
    void federationStaffSeeNoPrivateRecordAndOthersNoPicture() {
        Actor federation = persons.person("hoglandsforbundet", Role.FEDERATION_STAFF);
        OrganisationPicture picture = actingAs.as(federation, () -> pictures.picture(fixture.id));
        assertThat(value(picture.figures(), "initiatives.status.PRODUCTION")).isEqualTo(1);
        assertThat(value(picture.figures(), "initiatives.productionWithEffects"))
                .isEqualTo(1);
        assertThat(value(picture.figures(), "effects.measurements")).isEqualTo(2);

        YearlyReport thisYear = actingAs.as(federation, () -> reports.organisationReport(fixture.id, fixture.thisYear));
        assertThat(value(thisYear.figures(), "effects.measurements")).isEqualTo(1);
        assertThat(value(thisYear.figures(), "initiatives.status.PRODUCTION")).isEqualTo(1);

        Actor vetlanda = persons.person("vetlanda", Role.ORG_ADMIN);
        assertThatThrownBy(() -> actingAs.as(vetlanda, () -> pictures.picture(fixture.id)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(vetlanda, () -> reports.organisationReport(fixture.id, fixture.thisYear)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void theYearlyReportCountsTheChosenYear() {
        YearlyReport thisYear =
                actingAs.as(fixture.member, () -> reports.organisationReport(fixture.id, fixture.thisYear));
        YearlyReport lastYear =
                actingAs.as(fixture.member, () -> reports.organisationReport(fixture.id, fixture.thisYear - 1));
        assertThat(value(thisYear.figures(), "effects.measurements")).isEqualTo(2);
        assertThat(value(lastYear.figures(), "effects.measurements")).isEqualTo(1);
        assertThat(value(thisYear.figures(), "assessments.approved")).isEqualTo(1);
        assertThat(value(lastYear.figures(), "assessments.approved")).isZero();
        assertThat(value(thisYear.figures(), "academy.completed")).isEqualTo(3);
        assertThat(value(lastYear.figures(), "academy.completed")).isZero();
        assertThatThrownBy(() -> actingAs.as(fixture.member, () -> reports.organisationReport(fixture.id, 1999)))
                .isInstanceOf(DomainValidationException.class);
    }

    @Test
    void levelDecisionsKeepTheirHistoryAndTheLatestDecisionIsInForce() {
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        actingAs.as(
                fixture.admin,
                () -> pictures.recordLevel(new LevelDraft(
                        "legal", CollaborationLevel.SHARED_COMPETENCE, "Styrelsen", today.minusDays(10), "S 1")));
        actingAs.as(
                fixture.admin,
                () -> pictures.recordLevel(new LevelDraft(
                        "legal", CollaborationLevel.NETWORKING, "Styrelsen", today.minusDays(40), null)));

        AreaLevel legal = actingAs.as(fixture.member, () -> pictures.levelsOf(fixture.id)).stream()
                .filter(l -> l.area().key().equals("legal"))
                .findFirst()
                .orElseThrow();
        assertThat(legal.current().level()).isEqualTo(CollaborationLevel.SHARED_COMPETENCE);
        assertThat(legal.history()).hasSize(2);

        Long before = jdbc.queryForObject(
                "select count(*) from level_decision where organisation_id = ?", Long.class, fixture.id);
        assertThatThrownBy(() -> actingAs.as(
                        fixture.admin,
                        () -> pictures.recordLevel(new LevelDraft(
                                "legal", CollaborationLevel.NETWORKING, "Styrelsen", today.plusDays(1), null))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("picture.error.decidedOn");
        assertThatThrownBy(() -> actingAs.as(
                        fixture.admin,
                        () -> pictures.recordLevel(new LevelDraft(
                                "legal", CollaborationLevel.NETWORKING, "Styrelsen", LocalDate.of(1850, 1, 15), null))))
                .as("a typing error of a year")
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("picture.error.decidedOn");
        assertThatThrownBy(() -> actingAs.as(
                        fixture.admin,
                        () -> pictures.createGoal(new GoalDraft(
                                "Redan passerat",
                                GoalIndicator.LITERACY_SHARE,
                                null,
                                BigDecimal.ZERO,
                                BigDecimal.TEN,
                                LocalDate.of(2020, 1, 1)))))
                .as("a new goal looks ahead")
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("goal.error.targetDatePassed");
        assertThatThrownBy(() -> actingAs.as(
                        fixture.admin,
                        () -> pictures.recordLevel(
                                new LevelDraft("legal", CollaborationLevel.NETWORKING, " ", today, null))))
                .isInstanceOf(DomainValidationException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from level_decision where organisation_id = ?", Long.class, fixture.id))
                .isEqualTo(before);

        Actor anyone = persons.person("aneby");
        FederationLevels all = actingAs.as(anyone, () -> pictures.federationLevels());
        assertThat(all.organisations()).extracting(o -> o.code()).contains(fixture.code, "eksjo", "nassjo");
        assertThat(all.decisions().get(fixture.id).get("legal").level())
                .isEqualTo(CollaborationLevel.SHARED_COMPETENCE);
    }

    @Test
    void aStaleGoalEditIsRefused() {
        Goal goal = actingAs.as(
                fixture.admin,
                () -> pictures.createGoal(new GoalDraft(
                        "Mål",
                        GoalIndicator.ASSESSMENTS_APPROVED,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.ONE,
                        LocalDate.now(SwedishTime.ZONE).plusYears(1))));
        GoalDraft changed = new GoalDraft(
                "Mål, ändrat",
                GoalIndicator.ASSESSMENTS_APPROVED,
                null,
                BigDecimal.ZERO,
                BigDecimal.TWO,
                LocalDate.now(SwedishTime.ZONE).plusYears(1));
        actingAs.as(fixture.admin, () -> pictures.updateGoal(goal.id(), goal.version(), changed));
        assertThatThrownBy(
                        () -> actingAs.as(fixture.admin, () -> pictures.updateGoal(goal.id(), goal.version(), changed)))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> actingAs.as(
                        fixture.admin,
                        () -> pictures.measure(goal.id(), LocalDate.now(SwedishTime.ZONE), BigDecimal.ONE)))
                .isInstanceOf(DomainValidationException.class);
        Actor otherAdmin = persons.person("vetlanda", Role.ORG_ADMIN);
        assertThatThrownBy(() ->
                        actingAs.as(otherAdmin, () -> pictures.updateGoal(goal.id(), goal.version() + 1, changed)))
                .isInstanceOf(DomainValidationException.class);
    }

    private static long value(List<PictureFigure> figures, String key) {
        return figures.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .map(f -> f.value().longValueExact())
                .orElse(0L);
    }
}
