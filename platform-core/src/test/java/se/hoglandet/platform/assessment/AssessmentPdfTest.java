package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The assessment as a document for the diarium, on real MariaDB: an approved risk analysis of Eksjö with a risk in
 * its register, printed through the PDF/UA renderer. It passes veraPDF, and its text holds what the diarium needs
 * in Swedish, long compound words whole.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class AssessmentPdfTest {

    private static final String LONG_WORD = "informationssäkerhetssamordnare";

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anApprovedAnalysisPrintsAsAnAccessibleSwedishDocument() {
        Actor lawyer = fixture.person("eksjo", Role.LAWYER);
        Map<String, String> answers = AssessmentFixture.completeRiskAnswers();
        answers.put("continuity", "Arbetet görs manuellt som förut.\nIngen uppgift väntar på tjänsten.");
        Risk risk = new Risk(
                "Känsliga uppgifter klistras in i tjänsten",
                3,
                4,
                "Handläggare kan ta genvägar under tidspress",
                "Utbildning och stickprov varje kvartal",
                LONG_WORD,
                LocalDate.of(2026, 6, 30),
                1,
                4);
        Assessment draft = actingAs.as(
                lawyer,
                () -> assessments.create(
                        fixture.templateId("risk-consequence"),
                        AssessmentDraft.titled(
                                        "Copilot i Eksjös nämndadministration", "Microsoft 365 Copilot", Set.of())
                                .withAnswers(answers)
                                .withRisks(List.of(risk))));
        Assessment approved = fixture.approve(draft, "eksjo", lawyer);

        byte[] pdf = actingAs.as(lawyer, () -> assessments.exportPdf(approved.id()));

        PdfChecks.assertAccessible(pdf, "assessment");
        assertThat(PdfChecks.title(pdf)).isEqualTo("Copilot i Eksjös nämndadministration");
        assertThat(PdfChecks.language(pdf)).isEqualTo("sv");
        String text = PdfChecks.text(pdf);
        assertThat(text)
                .contains("Risk- och konsekvensanalys")
                .contains("Organisation Eksjö kommun")
                .contains("Status Godkänd")
                .contains("AI-verktyg eller tjänst Microsoft 365 Copilot")
                .contains("Informationssäkerhet")
                .contains("Vad händer om tjänsten inte är tillgänglig eller ger felaktiga svar?")
                .contains("Arbetet görs manuellt som förut.\nIngen uppgift väntar på tjänsten.")
                .contains("Kan personuppgifter behandlas i tjänsten?\nNej")
                .contains("Riskregister och åtgärdsplan")
                .contains("Känsliga uppgifter")
                .contains("3 × 4 = 12")
                .contains("2026-06-30")
                .contains("Informationssäkerhetsansvarig: godkänt av ")
                .contains("Utskriven ")
                .contains("Bedömning nr " + approved.id() + ", version 1.");
        assertThat(List.of(text.split("[\\s:,.]+"))).contains(LONG_WORD, "Informationssäkerhetsansvarig");
    }
}
