package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * What the public sees of an initiative: only published fields, never an internal one. Every field is filled
 * with a marker naming it, so a leak shows which field leaked.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class PublicInitiativeTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void nothingButTitleSummaryAndOwnerIsShownUntilPublished() {
        Initiative initiative = marked(Visibility.PUBLIC, Set.of());
        actingAs.anonymous();
        PublicInitiative shown = initiatives.publicInitiative(initiative.id()).orElseThrow();
        assertThat(shown.toString()).doesNotContain("MARKER-");
        assertThat(shown.owner().code()).isEqualTo("eksjo");
        assertThat(shown.participants()).isNull();
        assertThat(shown.status()).isNull();
    }

    @Test
    void internalFieldsNeverReachThePublicEvenWithEverythingPublished() {
        Initiative initiative = marked(Visibility.PUBLIC, EnumSet.allOf(PublicField.class));
        actingAs.anonymous();
        PublicInitiative shown = initiatives.publicInitiative(initiative.id()).orElseThrow();
        String text = shown.toString();
        assertThat(text)
                .contains(
                        "MARKER-purpose",
                        "MARKER-tools",
                        "MARKER-supplier",
                        "MARKER-dataUsed",
                        "MARKER-legalBasis",
                        "MARKER-oversight",
                        "MARKER-transparency",
                        "marker-contact@example.invalid",
                        "MARKER-link",
                        "MARKER-effect");
        assertThat(text)
                .doesNotContain(
                        "MARKER-budget",
                        "MARKER-contactName",
                        "marker-tag",
                        "MARKER-decision",
                        "MARKER-analysis",
                        "visibilitynamed");
        assertThat(shown.participants())
                .extracting(PublicInitiative.PublicOrganisation::code)
                .containsExactly("nassjo");
        assertThat(shown.status()).isEqualTo(InitiativeStatus.PRODUCTION);
        assertThat(shown.effects())
                .singleElement()
                .satisfies(e -> assertThat(e.measurements()).hasSize(1));
        assertThat(initiatives
                        .publicRegister(
                                new InitiativeFilter(null, null, null, null, null, null, null, initiative.title()),
                                PageRequest.of(0, 5))
                        .getContent())
                .singleElement()
                .satisfies(listed -> {
                    assertThat(listed.toString())
                            .doesNotContain("MARKER-budget", "MARKER-contactName", "MARKER-decision");
                    assertThat(listed.effects()).isNull();
                });
    }

    @Test
    void aNonPublicInitiativeIsNotInThePublicRegisterButItsEditorsCanPreviewIt() {
        Initiative initiative = marked(Visibility.FEDERATION, EnumSet.of(PublicField.PURPOSE));
        actingAs.anonymous();
        assertThat(initiatives.publicInitiative(initiative.id())).isEmpty();
        actingAs.set(owner());
        PublicInitiative preview = initiatives.publicPreview(initiative.id());
        assertThat(preview.purpose()).isEqualTo("MARKER-purpose");
        assertThat(preview.tools()).isNull();
    }

    private Initiative marked(Visibility visibility, Set<PublicField> published) {
        Organisations organisations = new Organisations(jdbc);
        actingAs.set(owner());
        String title = "Publik " + UUID.randomUUID().toString().substring(0, 8);
        InitiativeDetails details = new InitiativeDetails(
                title,
                "Sammanfattning för alla",
                "MARKER-purpose",
                "MARKER-contactName",
                "marker-contact@example.invalid",
                Area.EDUCATION,
                AiType.PREDICTIVE,
                "MARKER-tools",
                "MARKER-supplier",
                "MARKER-dataUsed",
                DataClass.PERSONAL,
                "MARKER-legalBasis",
                "MARKER-oversight",
                "MARKER-transparency",
                AiActRole.PROVIDER,
                RiskGroup.HIGH,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1),
                "MARKER-budget",
                "https://example.invalid/MARKER-link",
                Set.of("marker-tag"));
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select 'visibilitynamed', 'Visibility Named', 'COMPANY', id, true, false, 0
                from organisation where code = 'vetlanda'
                and not exists (select 1 from organisation where code = 'visibilitynamed')""");
        Initiative created = initiatives.create(
                details,
                new InitiativeSharing(
                        visibility,
                        Set.of(organisations.id("nassjo")),
                        Set.of(organisations.id("visibilitynamed")),
                        published),
                CollaborationLevel.NETWORKING);
        EffectIndicator effect =
                initiatives.addEffect(created.id(), "MARKER-effect", "st", BigDecimal.ONE, BigDecimal.TEN);
        initiatives.recordMeasurement(
                effect.id(),
                LocalDate.now(SwedishTime.ZONE).minusDays(1),
                new BigDecimal("4"),
                "MARKER-measurementNote");
        new AssessmentFixture(assessments, templates, people, actingAs)
                .approvedRiskAnalysis("eksjo", "MARKER-analysis", Set.of(created.id()));
        for (InitiativeStatus step : new InitiativeStatus[] {InitiativeStatus.PLANNED, InitiativeStatus.PRODUCTION}) {
            long version = initiatives.detail(created.id()).initiative().version();
            initiatives.changeStatus(
                    created.id(),
                    version,
                    step,
                    new ProductionDecision("MARKER-decision", LocalDate.of(2026, 2, 1), "MARKER-analysis"));
        }
        return created;
    }

    private Actor owner() {
        return ActingAs.member(1, new Organisations(jdbc).id("eksjo"), "eksjo", Role.PROJECT_LEAD);
    }
}
