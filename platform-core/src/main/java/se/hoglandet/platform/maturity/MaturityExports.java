package se.hoglandet.platform.maturity;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * The federation overview of a cycle as a PDF (Swedish): organisation × dimension (what the reader may see of it),
 * the federation average, response rates and the stated collaboration levels, as tables.
 */
final class MaturityExports {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SwedishTime.ZONE);

    private MaturityExports() {}

    static byte[] pdf(FederationOverview overview, Instant now) {
        ModelDefinition model = overview.model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Mognadsmätning: " + overview.cycle().name());
        document.open();
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.BOLD);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA, 12, Font.BOLD);
        document.add(new Paragraph("Höglandsförbundet · " + model.name(), small));
        document.add(new Paragraph(
                "Mognadsmätning: " + overview.cycle().name(),
                FontFactory.getFont(FontFactory.HELVETICA, 16, Font.BOLD)));
        document.add(new Paragraph(
                overview.submitted() + " av " + overview.invited() + " inbjudna har skickat in. "
                        + "Skala 1–5. Organisationer med för få svar visas inte.",
                body));

        document.add(spaced(new Paragraph("Resultat per område", heading)));
        PdfPTable scores = new PdfPTable(model.dimensions().size() + 1);
        scores.setWidthPercentage(100);
        scores.addCell(cell("Organisation", bold));
        model.dimensions().forEach(d -> scores.addCell(cell(d.name(), bold)));
        for (FederationOverview.Row row : overview.rows()) {
            scores.addCell(cell(row.organisationName(), body));
            model.dimensions()
                    .forEach(d -> scores.addCell(cell(
                            row.suppressed() ? "för få svar" : text(row.scores().get(d.key())), body)));
        }
        scores.addCell(cell("Förbundets medelvärde", bold));
        model.dimensions()
                .forEach(d -> scores.addCell(cell(text(overview.average().get(d.key())), bold)));
        document.add(scores);

        if (!overview.rates().isEmpty()) {
            document.add(spaced(new Paragraph("Svarsfrekvens", heading)));
            PdfPTable rates = new PdfPTable(5);
            rates.setWidthPercentage(70);
            for (String header :
                    new String[] {"Organisation", "Inbjudna", "Påbörjat", "Inskickat", "Resultat inskickat"}) {
                rates.addCell(cell(header, bold));
            }
            for (FederationOverview.Rate rate : overview.rates()) {
                rates.addCell(cell(rate.organisationName(), body));
                rates.addCell(cell(String.valueOf(rate.invited()), body));
                rates.addCell(cell(String.valueOf(rate.started()), body));
                rates.addCell(cell(String.valueOf(rate.submitted()), body));
                rates.addCell(cell(rate.resultSubmitted() ? "Ja" : "Nej", body));
            }
            document.add(rates);
        }

        document.add(
                spaced(new Paragraph("Angivna samverkansnivåer (antal organisationer per nuvarande nivå)", heading)));
        PdfPTable levels = new PdfPTable(5);
        levels.setWidthPercentage(70);
        for (String header : new String[] {"Område", "Nivå 1", "Nivå 2", "Nivå 3", "Nivå 4"}) {
            levels.addCell(cell(header, bold));
        }
        for (ModelDefinition.Dimension d : model.dimensions()) {
            levels.addCell(cell(d.name(), body));
            for (int count : overview.levelCounts().get(d.key())) {
                levels.addCell(cell(String.valueOf(count), body));
            }
        }
        document.add(levels);
        document.add(spaced(new Paragraph("Utskrivet " + STAMP.format(now) + " ur Höglandets AI-samverkan.", small)));
        document.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        return cell;
    }

    private static Paragraph spaced(Paragraph paragraph) {
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
