package se.hoglandet.platform.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFilter;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.maturity.ExternalResultService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.Translatable;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Issue 21 beyond the figures: the initiative's chain shows only assessments the reader may read (the truth table as
 * data, every role), external results imported from CSV are all or nothing with the bad rows named, and the yearly
 * report counts no record its reader may not read.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class PictureChainTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    ExternalResultService external;

    @Autowired
    YearlyReportService reports;

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    AcademyFollowUpService followUp;

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

    @ParameterizedTest(name = "{0} assessment on a FEDERATION initiative, {1} reads: shown {2}")
    @CsvFileSource(resources = "/picture/chain-truth-table.csv")
    void theChainShowsOnlyAssessmentsTheReaderMayRead(Visibility visibility, String who, boolean shown) {
        Organisations organisations = new Organisations(jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Actor lead = ActingAs.member(1, organisations.id("eksjo"), "eksjo", Role.PROJECT_LEAD);
        Initiative initiative = actingAs.as(
                lead,
                () -> initiatives.create(
                        InitiativeDetails.of("Kedja " + tag, "Ett initiativ med bedömning", Area.ADMINISTRATION),
                        InitiativeSharing.federationWide(Set.of()),
                        CollaborationLevel.of(1)));
        Actor lawyer = ActingAs.member(2, organisations.id("eksjo"), "eksjo", Role.LAWYER);
        Long template = actingAs.as(
                lawyer,
                () -> templates.catalogue().stream()
                        .filter(t -> t.templateKey().equals("ai-act-classification"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        Assessment assessment = actingAs.as(
                lawyer,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled("Kedjans bedömning " + tag, null, Set.of(initiative.id()))
                                .withSharing(false, visibility, Set.of())));
        AssessmentFilter covering = new AssessmentFilter(null, null, null, initiative.id(), null);
        String code = who.equals("owner") ? "eksjo" : "aneby";
        for (Role role : Role.values()) {
            actingAs.set(ActingAs.member(3, organisations.id(code), code, role));
            assertThat(initiatives.canRead(initiative.id()))
                    .as("%s %s reads the initiative", who, role)
                    .isTrue();
            assertThat(assessments.list(covering, PageRequest.of(0, 10)).getContent())
                    .as("%s %s sees the %s assessment in the chain", who, role, visibility)
                    .extracting(Assessment::id)
                    .containsExactlyElementsOf(shown ? List.of(assessment.id()) : List.of());
        }
    }

    @Test
    void aCsvWithBadRowsIsRefusedNamingThemAndSavesNothing() {
        Organisations organisations = new Organisations(jdbc);
        actingAs.set(ActingAs.member(1, organisations.id("aneby"), "aneby", Role.ORG_ADMIN));
        long before = results("aneby");
        String csv = """
                organisation;instrument;year;dimension;value;scale
                aneby;DiMiOS;2024;capability;6,5;10
                aneby;DiMiOS;2024;legacy;elva;10
                aneby;DIOS;2024;overall;3.2;5
                eksjo;DIOS;2024;overall;3;5
                aneby;PIOS;2024;capability;2;5
                """;
        assertThatThrownBy(() -> external.importCsv(csv))
                .isInstanceOf(DomainValidationException.class)
                .satisfies(e -> {
                    DomainValidationException refusal = (DomainValidationException) e;
                    assertThat(refusal.messageKey()).isEqualTo("external.error.rows");
                    // Row 3: not a number; row 5: another organisation's; row 6: PIOS has no such dimension.
                    assertThat(refusal.messageParameters())
                            .containsExactly(List.of(
                                    Translatable.of("csv.error.row", 3, Translatable.of("number.error.format")),
                                    Translatable.of("csv.error.row", 5, Translatable.of("external.error.notYours")),
                                    Translatable.of("csv.error.row", 6, Translatable.of("external.error.dimension"))));
                });
        assertThat(results("aneby")).isEqualTo(before);

        String good = """
                organisation;instrument;year;dimension;value;scale
                aneby;DiMiOS;2024;capability;6,5;10
                aneby;DiMiOS;2024;Digitalt arv;4;10
                """;
        // A dimension by its key or by its Swedish name, as people type it.
        assertThat(external.importCsv(good)).isEqualTo(2);
        assertThat(results("aneby")).isEqualTo(before + 2);
        assertThat(external.ofOrganisation(organisations.id("aneby")).dimiosQuadrant(2024))
                .hasToString("HIGH_CAPABILITY_LOW_LEGACY");
        assertThat(jdbc.queryForObject(
                        "select result_value from external_result r join organisation o on o.id = r.organisation_id"
                                + " where o.code = 'aneby' and instrument = 'DIMIOS' and result_year = 2024"
                                + " and dimension_key = 'capability'",
                        BigDecimal.class))
                .isEqualByComparingTo("6.5");
    }

    @Test
    void theYearlyReportCountsNoRecordItsReaderMayNotRead() {
        AssessmentFixture persons = new AssessmentFixture(assessments, templates, people, actingAs);
        PictureFixture fixture =
                new PictureFixture(jdbc, actingAs, persons, initiatives, courses, enrolments, followUp);
        Organisations organisations = new Organisations(jdbc);
        // Vetlanda takes part in B but is not the company: no report of the company for its people.
        actingAs.set(ActingAs.member(1, organisations.id("vetlanda"), "vetlanda", Role.ORG_ADMIN));
        assertThatThrownBy(() -> reports.organisationReport(fixture.id, fixture.thisYear))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reports.federationReport(fixture.thisYear))
                .isInstanceOf(PermissionDeniedException.class);

        // Federation staff: the company's report leaves out the PRIVATE initiative C (in production, measured).
        actingAs.set(
                ActingAs.member(2, organisations.id("hoglandsforbundet"), "hoglandsforbundet", Role.FEDERATION_STAFF));
        YearlyReport ofCompany = reports.organisationReport(fixture.id, fixture.thisYear);
        assertThat(value(ofCompany, "initiatives.status.PRODUCTION")).isEqualTo(1);
        assertThat(value(ofCompany, Figures.IN_PRODUCTION_WITH_EFFECTS)).isEqualTo(1);
        assertThat(value(ofCompany, "effects.measurements")).isEqualTo(1);

        // The federation's report counts exactly what federation staff may read, fewer than there are.
        YearlyReport federation = reports.federationReport(fixture.thisYear);
        long readableInProduction = initiatives
                .register(
                        new InitiativeFilter(null, null, InitiativeStatus.PRODUCTION, null, null, null, null, null),
                        PageRequest.of(0, 1_000))
                .getNumberOfElements();
        long allInProduction =
                jdbc.queryForObject("select count(*) from initiative where status = 'PRODUCTION'", Long.class);
        assertThat(value(federation, "initiatives.status.PRODUCTION")).isEqualTo(readableInProduction);
        assertThat(readableInProduction).isLessThan(allInProduction);
        assertThat(federation.goals()).isEmpty();
        assertThat(federation.levels()).isEmpty();
    }

    private static long value(YearlyReport report, String key) {
        return report.figures().stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow()
                .value()
                .longValue();
    }

    private long results(String code) {
        return jdbc.queryForObject(
                "select count(*) from external_result r join organisation o on o.id = r.organisation_id"
                        + " where o.code = ?",
                Long.class,
                code);
    }
}
