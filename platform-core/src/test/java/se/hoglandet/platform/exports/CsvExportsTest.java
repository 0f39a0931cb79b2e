package se.hoglandet.platform.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.academy.AcademyFollowUpService;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.Risk;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.SurveyCycle;
import se.hoglandet.platform.organisation.NewCompany;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractFilter;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Every CSV export of the core, fed texts that a spreadsheet would run as formulas, read back with a CSV parser:
 * each such cell comes back neutralised (a leading apostrophe), in the one format (BOM, semicolons).
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class CsvExportsTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.invalid\";\"klicka\")";
    static final String PLUS = "+46 70 123 45 67";
    static final String AT = "@SUM(A1:A9)";
    static final String MINUS = "-2+3+cmd|' /C calc'!A0";

    @Autowired
    ContractService contracts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    MaturityService maturity;

    @Autowired
    AcademyFollowUpService followUp;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void contractRegister() throws IOException {
        Actor officer = persons.person("eksjo", Role.PROCUREMENT);
        String subject = "Avtal " + System.nanoTime();
        actingAs.as(
                officer,
                () -> contracts.create(new ContractDraft(
                        FORMULA,
                        subject,
                        ProcurementCategory.values()[0],
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        List.of(12),
                        0,
                        3,
                        new BigDecimal("1500.50"),
                        false,
                        PLUS,
                        null,
                        Visibility.FEDERATION)));

        List<CSVRecord> rows =
                readBack(actingAs.as(officer, () -> contracts.exportCsv(new ContractFilter(null, null, subject))));

        CSVRecord row = rows.get(1);
        assertThat(row.get(1)).isEqualTo("'" + FORMULA);
        assertThat(row.get(2)).isEqualTo(subject);
        assertThat(row.get(9)).isEqualTo("1500,5");
        assertThat(row.get(10)).isEqualTo("'" + PLUS);
    }

    @Test
    void assessmentActionPlan() throws IOException {
        Actor lawyer = persons.person("eksjo", Role.LAWYER);
        Long template = persons.templateId("risk-consequence");
        Risk risk = new Risk(AT, 3, 4, "motivering", MINUS, FORMULA, LocalDate.of(2027, 3, 1), 2, 2);
        AssessmentDraft draft = AssessmentDraft.titled("Export " + System.nanoTime(), "Verktyg", Set.of())
                .withRisks(List.of(risk));
        Assessment created = actingAs.as(lawyer, () -> assessments.create(template, draft));

        List<CSVRecord> rows = readBack(actingAs.as(lawyer, () -> assessments.exportActionPlan(created.id())));

        assertThat(rows.get(1).values())
                .containsExactly("'" + AT, "3", "4", "'" + MINUS, "'" + FORMULA, "2027-03-01", "2", "2");
    }

    @Test
    void maturityOverviewAndLiteracyFollowUp() throws IOException {
        Actor eksjoAdmin = persons.person("eksjo", Role.ORG_ADMIN);
        Organisation company = actingAs.as(
                eksjoAdmin, () -> organisations.addCompany(new NewCompany(eksjoAdmin.organisationId(), FORMULA, null)));
        people.recordLogin(new LoginIdentity(
                "test:csv-" + System.nanoTime(),
                "csv-person",
                "csv@example.invalid",
                company.code(),
                Set.of(Role.MEMBER)));
        Actor staff = persons.person("hoglandsforbundet", Role.FEDERATION_STAFF);
        MaturityModel model = actingAs.as(staff, () -> maturity.models()).getFirst();
        SurveyCycle cycle = actingAs.as(
                staff,
                () -> maturity.createCycle(
                        "Export " + System.nanoTime(),
                        model.id(),
                        LocalDate.now(SwedishTime.ZONE).minusDays(1),
                        LocalDate.now(SwedishTime.ZONE).plusDays(30),
                        Set.of(company.id())));

        List<CSVRecord> overview = readBack(actingAs.as(staff, () -> maturity.overviewCsv(cycle.id())));
        assertThat(overview).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + FORMULA));
        assertThat(overview).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(FORMULA));

        List<CSVRecord> literacy = readBack(actingAs.as(staff, () -> followUp.literacyCsv()));
        assertThat(literacy).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + FORMULA));
        assertThat(literacy).noneSatisfy(row -> assertThat(row.get(0)).isEqualTo(FORMULA));
    }

    static List<CSVRecord> readBack(String csv) throws IOException {
        assertThat(csv).startsWith(CsvWriter.BOM);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records).hasSizeGreaterThan(1);
        return records;
    }
}
