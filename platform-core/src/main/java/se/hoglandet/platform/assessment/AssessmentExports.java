package se.hoglandet.platform.assessment;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.csv.CsvWriter;

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
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f, Font.NORMAL);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA, 10.5f, Font.BOLD);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA, 13, Font.BOLD);
        Font title = FontFactory.getFont(FontFactory.HELVETICA, 18, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(a.title());
        document.addSubject(TYPES.get(a.type()));
        document.addCreator("Höglandets AI-samverkan");
        document.open();

        Paragraph header = new Paragraph(
                a.ownerOrganisation().name() + (a.caseNumber() == null ? "" : "    Dnr " + a.caseNumber()), small);
        header.setAlignment(Element.ALIGN_RIGHT);
        document.add(header);
        document.add(new Paragraph(TYPES.get(a.type()), small));
        Paragraph titleParagraph = new Paragraph(a.title(), title);
        titleParagraph.setSpacingAfter(10);
        document.add(titleParagraph);

        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(100);
        fact(facts, "Organisation", a.ownerOrganisation().name(), bold, body);
        fact(facts, "Mall", detail.template().name(), bold, body);
        fact(facts, "Version", String.valueOf(a.versionNumber()), bold, body);
        fact(facts, "Status", STATUSES.get(a.status()), bold, body);
        fact(facts, "AI-verktyg eller tjänst", a.tool(), bold, body);
        fact(facts, "Diarienummer", a.caseNumber(), bold, body);
        fact(
                facts,
                "Beslut",
                a.decidedAt() == null
                        ? null
                        : a.decidedByName() + ", " + DATE.format(a.decidedAt().atZone(SwedishTime.ZONE)),
                bold,
                body);
        fact(facts, "Villkor", a.conditions(), bold, body);
        fact(facts, "Omprövas senast", a.reviewDate() == null ? null : DATE.format(a.reviewDate()), bold, body);
        fact(facts, "Sekretess", a.secret() ? "Ja (OSL)" : null, bold, body);
        fact(
                facts,
                "Återanvänd från",
                detail.adoptedFrom() == null
                        ? null
                        : detail.adoptedFrom().title() + " ("
                                + detail.adoptedFrom().ownerOrganisation().name() + ")",
                bold,
                body);
        document.add(facts);

        for (TemplateDefinition.Section section : detail.template().sections()) {
            document.add(spaced(new Paragraph(section.title(), heading)));
            for (TemplateDefinition.Question question : detail.template().visibleQuestions(a.answers())) {
                if (!section.questions().contains(question)) {
                    continue;
                }
                String answer = a.answers().get(question.key());
                document.add(new Paragraph(question.text(), bold));
                document.add(new Paragraph(
                        answer == null
                                ? "(ej besvarad)"
                                : answer.equals("YES") ? "Ja" : answer.equals("NO") ? "Nej" : answer,
                        body));
            }
        }

        if (detail.template().riskRegister()) {
            document.add(spaced(new Paragraph("Riskregister och åtgärdsplan", heading)));
            if (a.risks().isEmpty()) {
                document.add(new Paragraph("Inga risker registrerade.", body));
            } else {
                PdfPTable risks = new PdfPTable(new float[] {3f, 1f, 3f, 1.5f, 1.2f, 1f});
                risks.setWidthPercentage(100);
                risks.setHeaderRows(1);
                for (String column : new String[] {"Risk", "S × K", "Åtgärd", "Ansvarig", "Klart senast", "Efter"}) {
                    PdfPCell cell = new PdfPCell(new Phrase(column, bold));
                    cell.setBackgroundColor(new Color(230, 236, 232));
                    risks.addCell(cell);
                }
                for (Risk risk : a.risks()) {
                    risks.addCell(new Phrase(risk.description(), body));
                    risks.addCell(
                            new Phrase(risk.likelihood() + " × " + risk.consequence() + " = " + risk.score(), body));
                    risks.addCell(new Phrase(risk.measure() == null ? "" : risk.measure(), body));
                    risks.addCell(new Phrase(risk.measureOwner() == null ? "" : risk.measureOwner(), body));
                    risks.addCell(new Phrase(risk.measureDue() == null ? "" : DATE.format(risk.measureDue()), body));
                    risks.addCell(new Phrase(risk.residualLikelihood() + " × " + risk.residualConsequence(), body));
                }
                document.add(risks);
            }
        }

        document.add(spaced(new Paragraph("Granskning och signering", heading)));
        for (SignOff signOff : detail.signOffs()) {
            document.add(new Paragraph(
                    ROLES.get(signOff.role()) + ": " + (signOff.approved() ? "godkänt" : "avvisat")
                            + " av " + signOff.personName() + ", "
                            + DATE.format(signOff.signedAt().atZone(SwedishTime.ZONE))
                            + (signOff.reason() == null ? "" : " – " + signOff.reason()),
                    body));
        }
        for (Role pending : detail.pendingSignOffs()) {
            document.add(new Paragraph(ROLES.get(pending) + ": inte signerat", body));
        }
        document.add(spaced(new Paragraph(
                "Utskriven " + DATE.format(printedAt.atZone(SwedishTime.ZONE))
                        + " från Höglandets AI-samverkan. Bedömning nr " + a.id() + ", version " + a.versionNumber()
                        + ".",
                small)));
        document.close();
        return out.toByteArray();
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

    private static void fact(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        if (value == null || value.isBlank()) {
            return;
        }
        PdfPCell name = new PdfPCell(new Phrase(label, labelFont));
        name.setBorder(PdfPCell.NO_BORDER);
        PdfPCell content = new PdfPCell(new Phrase(value, valueFont));
        content.setBorder(PdfPCell.NO_BORDER);
        table.addCell(name);
        table.addCell(content);
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }
}
