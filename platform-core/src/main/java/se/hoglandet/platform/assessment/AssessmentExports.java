package se.hoglandet.platform.assessment;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.csv.CsvWriter;
import se.hoglandet.platform.shared.pdf.PdfDocument;
import se.hoglandet.platform.shared.pdf.PdfDocument.Fact;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfDocument.Table;
import se.hoglandet.platform.shared.pdf.PdfRenderer;

/**
 * An assessment as a document for the diarium (Swedish layout: organisation, case number, decision, the answers
 * section by section, the risk register, the sign-offs) and its action plan (the measures of the risk register)
 * as CSV. The document is in Swedish whatever the reader's language: it is the organisation's record.
 */
final class AssessmentExports {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final Map<AssessmentType, String> TYPES = Map.of(
            AssessmentType.RISK_CONSEQUENCE, "Risk- och konsekvensanalys",
            AssessmentType.DPIA, "Konsekvensbedömning avseende dataskydd (DPIA)",
            AssessmentType.FRIA, "Konsekvensbedömning avseende grundläggande rättigheter (FRIA)",
            AssessmentType.AI_ACT_CLASSIFICATION, "Klassificering enligt AI-förordningen",
            AssessmentType.PRE_SCAN, "Förhandsbedömning");
    private static final Map<AssessmentStatus, String> STATUSES = Map.of(
            AssessmentStatus.DRAFT,
            "Utkast",
            AssessmentStatus.IN_REVIEW,
            "Under granskning",
            AssessmentStatus.APPROVED,
            "Godkänd",
            AssessmentStatus.APPROVED_WITH_CONDITIONS,
            "Godkänd med villkor",
            AssessmentStatus.REJECTED,
            "Avslagen");
    private static final Map<Role, String> ROLES = Map.of(
            Role.LAWYER,
            "Jurist",
            Role.DPO,
            "Dataskyddsombud",
            Role.INFOSEC,
            "Informationssäkerhetsansvarig",
            Role.IT_MANAGER,
            "IT-chef");

    private AssessmentExports() {}

    static byte[] pdf(AssessmentDetail detail, Instant printedAt) {
        Assessment a = detail.assessment();
        String organisation = a.ownerOrganisation().name();
        PdfDocument document = PdfDocument.portrait(a.title())
                .subject(TYPES.get(a.type()))
                .author(organisation)
                .paragraph(organisation + (a.caseNumber() == null ? "" : " · Dnr " + a.caseNumber()), Style.SMALL)
                .paragraph(TYPES.get(a.type()), Style.SMALL)
                .heading1(a.title())
                .facts(facts(detail));

        for (TemplateDefinition.Section section : detail.template().sections()) {
            document.heading2(section.title());
            for (TemplateDefinition.Question question : detail.template().visibleQuestions(a.answers())) {
                if (!section.questions().contains(question)) {
                    continue;
                }
                String answer = a.answers().get(question.key());
                document.paragraph(question.text(), Style.STRONG)
                        .paragraph(
                                answer == null
                                        ? "(ej besvarad)"
                                        : answer.equals("YES") ? "Ja" : answer.equals("NO") ? "Nej" : answer);
            }
        }

        if (detail.template().riskRegister()) {
            document.heading2("Riskregister och åtgärdsplan");
            if (a.risks().isEmpty()) {
                document.paragraph("Inga risker registrerade.");
            } else {
                document.table(risks(a.risks()));
            }
        }

        document.heading2("Granskning och signering");
        for (SignOff signOff : detail.signOffs()) {
            document.paragraph(ROLES.get(signOff.role()) + ": " + (signOff.approved() ? "godkänt" : "avvisat")
                    + " av " + signOff.personName() + ", "
                    + DATE.format(signOff.signedAt().atZone(SwedishTime.ZONE))
                    + (signOff.reason() == null ? "" : " – " + signOff.reason()));
        }
        for (Role pending : detail.pendingSignOffs()) {
            document.paragraph(ROLES.get(pending) + ": inte signerat");
        }
        document.paragraph(
                "Utskriven " + DATE.format(printedAt.atZone(SwedishTime.ZONE))
                        + " från Höglandets AI-samverkan. Bedömning nr " + a.id() + ", version " + a.versionNumber()
                        + ".",
                Style.SMALL);
        return PdfRenderer.render(document);
    }

    /** The measures of the risk register, one row per risk, for follow-up in a spreadsheet. */
    static String actionPlanCsv(Assessment assessment) {
        List<String> header = List.of(
                "risk",
                "sannolikhet",
                "konsekvens",
                "atgard",
                "ansvarig",
                "klart_senast",
                "kvarvarande_sannolikhet",
                "kvarvarande_konsekvens");
        return CsvWriter.write(header, csv -> {
            for (Risk risk : assessment.risks()) {
                csv.row(
                        risk.description(),
                        risk.likelihood(),
                        risk.consequence(),
                        risk.measure(),
                        risk.measureOwner(),
                        risk.measureDue(),
                        risk.residualLikelihood(),
                        risk.residualConsequence());
            }
        });
    }

    private static List<Fact> facts(AssessmentDetail detail) {
        Assessment a = detail.assessment();
        return List.of(
                new Fact("Organisation", a.ownerOrganisation().name()),
                new Fact("Mall", detail.template().name()),
                new Fact("Version", String.valueOf(a.versionNumber())),
                new Fact("Status", STATUSES.get(a.status())),
                new Fact("AI-verktyg eller tjänst", a.tool()),
                new Fact("Diarienummer", a.caseNumber()),
                new Fact(
                        "Beslut",
                        a.decidedAt() == null
                                ? null
                                : a.decidedByName() + ", "
                                        + DATE.format(a.decidedAt().atZone(SwedishTime.ZONE))),
                new Fact("Villkor", a.conditions()),
                new Fact("Omprövas senast", a.reviewDate() == null ? null : DATE.format(a.reviewDate())),
                new Fact("Sekretess", a.secret() ? "Ja (OSL)" : null),
                new Fact(
                        "Återanvänd från",
                        detail.adoptedFrom() == null
                                ? null
                                : detail.adoptedFrom().title() + " ("
                                        + detail.adoptedFrom()
                                                .ownerOrganisation()
                                                .name() + ")"));
    }

    /** Probability × consequence before and after the measure, as the risk register shows it. */
    private static Table risks(List<Risk> risks) {
        Table table = Table.withColumns("Risk", "S × K", "Åtgärd", "Ansvarig", "Klart senast", "Efter")
                .rowHeaders()
                .unwrapped(1, 4, 5);
        for (Risk risk : risks) {
            table.row(
                    risk.description(),
                    risk.likelihood() + " × " + risk.consequence() + " = " + risk.score(),
                    risk.measure(),
                    risk.measureOwner(),
                    risk.measureDue() == null ? null : DATE.format(risk.measureDue()),
                    risk.residualLikelihood() + " × " + risk.residualConsequence());
        }
        return table;
    }
}
