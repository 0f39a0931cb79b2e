package se.hoglandet.platform.guideline;

import java.util.ArrayList;
import java.util.List;
import se.hoglandet.platform.shared.markdown.Markdown;
import se.hoglandet.platform.shared.pdf.PdfDocument;
import se.hoglandet.platform.shared.pdf.PdfDocument.Fact;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfRenderer;

/**
 * A guideline version as documents: a PDF/UA for the diary (through the one PDF renderer) and Markdown. Clauses
 * are numbered section by section ("2.3") as the pages number them; the PDF shows their text without markup.
 */
final class GuidelineDocuments {

    private GuidelineDocuments() {}

    static byte[] pdf(Guideline guideline, String adoptedFrom, List<GuidelineTopic> topics) {
        String organisation = guideline.ownerOrganisation().name();
        PdfDocument document = PdfDocument.portrait(guideline.title())
                .subject("Riktlinje för användning av AI")
                .author(organisation)
                .paragraph(
                        organisation + (guideline.diaryNumber() == null ? "" : " · Dnr " + guideline.diaryNumber()),
                        Style.SMALL)
                .heading1(guideline.title())
                .facts(facts(guideline, adoptedFrom));
        if (guideline.summary() != null) {
            document.paragraph(guideline.summary());
        }
        int s = 0;
        for (GuidelineSection section : guideline.sections()) {
            s++;
            document.heading2(s + ". " + section.heading());
            int c = 0;
            for (GuidelineClause clause : section.clauses()) {
                c++;
                document.paragraph(s + "." + c + " " + label(clause, topics), Style.STRONG)
                        .paragraph(Markdown.toPlainText(clause.text()));
            }
        }
        return PdfRenderer.render(document);
    }

    static String markdown(Guideline guideline, String adoptedFrom, List<GuidelineTopic> topics) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(guideline.title()).append("\n\n");
        for (Fact fact : facts(guideline, adoptedFrom)) {
            if (fact.value() != null && !fact.value().isBlank()) {
                out.append("- **")
                        .append(fact.label())
                        .append(":** ")
                        .append(fact.value())
                        .append('\n');
            }
        }
        out.append('\n');
        if (guideline.summary() != null) {
            out.append(guideline.summary()).append("\n\n");
        }
        int s = 0;
        for (GuidelineSection section : guideline.sections()) {
            s++;
            out.append("## ").append(s).append(". ").append(section.heading()).append("\n\n");
            int c = 0;
            for (GuidelineClause clause : section.clauses()) {
                c++;
                out.append("### ").append(s).append('.').append(c).append(' ').append(label(clause, topics));
                out.append("\n\n").append(clause.text().strip()).append("\n\n");
            }
        }
        return out.toString();
    }

    /** "Regel · Ämnen: Godkända verktyg · Kontroll: Registret över godkända AI-verktyg". */
    private static String label(GuidelineClause clause, List<GuidelineTopic> topics) {
        StringBuilder label = new StringBuilder(DocumentLabels.KINDS.get(clause.kind()));
        String named = DocumentLabels.topics(clause.topics(), topics);
        if (!named.isEmpty()) {
            label.append(" · Ämnen: ").append(named);
        }
        if (clause.control() != null) {
            label.append(" · Kontroll: ").append(DocumentLabels.CONTROLS.get(clause.control()));
        }
        return label.toString();
    }

    private static List<Fact> facts(Guideline guideline, String adoptedFrom) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Organisation", guideline.ownerOrganisation().name()));
        facts.add(new Fact("Version", String.valueOf(guideline.versionNumber())));
        facts.add(new Fact("Status", DocumentLabels.STATUSES.get(guideline.status())));
        facts.add(new Fact("Beslut", DocumentLabels.decision(guideline)));
        facts.add(new Fact("Ses över senast", DocumentLabels.date(guideline.reviewDate())));
        facts.add(new Fact("Bygger på", adoptedFrom));
        return facts;
    }
}
