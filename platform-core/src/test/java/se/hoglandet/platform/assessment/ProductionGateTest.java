package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.ProductionDecision;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * An initiative goes into production only with an approved risk and consequence analysis of its own organisation
 * that covers it, and an approved DPIA too when an approved pre-scan says one is needed.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ProductionGateTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture fixture;
    Actor lead;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        lead = fixture.person("savsjo", Role.PROJECT_LEAD);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void onlyTheOwnersApprovedAnalysisCoveringTheInitiativeOpensTheGate() {
        Initiative pilot = pilot("Copilot i Sävsjö");
        // Approved, but Eksjö's, and not covering it; a draft of Sävsjö's own does not count either.
        fixture.approvedRiskAnalysis("eksjo", "Eksjös analys", Set.of());
        Actor lawyer = fixture.person("savsjo", Role.LAWYER);
        Assessment draft = as(
                lawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled("Sävsjös analys", "Copilot", Set.of(pilot.id()))
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        refusedProduction(pilot, "initiative.missing.riskConsequence");

        fixture.approve(draft, "savsjo", lawyer);
        Initiative inProduction = toProduction(pilot);
        assertThat(inProduction.status()).isEqualTo(InitiativeStatus.PRODUCTION);
        assertThat(inProduction.productionDecision().analysisReference())
                .startsWith("#" + draft.id() + " Sävsjös analys (v1");
    }

    @Test
    void aPreScanThatCallsForADpiaKeepsTheGateShutUntilTheDpiaIsApproved() {
        Initiative pilot = pilot("Skolplacering med prognos");
        fixture.approvedRiskAnalysis("savsjo", "Analys skolplacering", Set.of(pilot.id()));
        Actor dpo = fixture.person("savsjo", Role.DPO);
        Assessment scan = as(
                dpo,
                () -> assessments.create(
                        fixture.templateId("pre-scan"),
                        AssessmentDraft.titled("Förhandsbedömning skolplacering", null, Set.of(pilot.id()))
                                .withAnswers(Map.of(
                                        "personalData",
                                        "YES",
                                        "largeScaleOrSensitive",
                                        "YES",
                                        "automatedDecisions",
                                        "NO",
                                        "highRiskAi",
                                        "NO"))));
        fixture.approve(scan, "savsjo", dpo);
        assertThat(as(dpo, () -> assessments.detail(scan.id()).outcomes())).containsExactly("dpiaNeeded");
        refusedProduction(pilot, "initiative.missing.dpia");

        Assessment dpia = as(
                dpo,
                () -> assessments.create(
                        fixture.templateId("dpia"),
                        AssessmentDraft.titled("DPIA skolplacering", null, Set.of(pilot.id()))
                                .withAnswers(Map.of(
                                        "processing",
                                        "Elevers adresser",
                                        "purposes",
                                        "Skolplacering, myndighetsutövning",
                                        "recipients",
                                        "Inga",
                                        "necessary",
                                        "Krävs för planeringen",
                                        "minimisation",
                                        "Endast adress",
                                        "rights",
                                        "Information på webben",
                                        "riskDescription",
                                        "Felaktig placering",
                                        "safeguards",
                                        "Handläggaren beslutar",
                                        "priorConsultation",
                                        "NO"))));
        fixture.approve(dpia, "savsjo", dpo);
        assertThat(toProduction(pilot).status()).isEqualTo(InitiativeStatus.PRODUCTION);
    }

    private Initiative pilot(String title) {
        Initiative created = as(
                lead,
                () -> initiatives.create(
                        InitiativeDetails.of(title, "Sammanfattning", Area.EDUCATION),
                        InitiativeSharing.federationWide(Set.of()),
                        CollaborationLevel.NETWORKING));
        for (InitiativeStatus step : new InitiativeStatus[] {InitiativeStatus.PLANNED, InitiativeStatus.PILOT}) {
            long version =
                    as(lead, () -> initiatives.detail(created.id()).initiative().version());
            as(lead, () -> initiatives.changeStatus(created.id(), version, step, null));
        }
        return created;
    }

    private Initiative toProduction(Initiative initiative) {
        long version =
                as(lead, () -> initiatives.detail(initiative.id()).initiative().version());
        return as(
                lead,
                () -> initiatives.changeStatus(
                        initiative.id(),
                        version,
                        InitiativeStatus.PRODUCTION,
                        new ProductionDecision("Kommunstyrelsen", LocalDate.now(SwedishTime.ZONE), null)));
    }

    private void refusedProduction(Initiative initiative, String missing) {
        assertThatThrownBy(() -> toProduction(initiative))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo(missing);
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }
}
