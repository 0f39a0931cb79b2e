package se.hoglandet.platform.maturity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.hoglandet.platform.shared.SwedishNumbers;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.pdf.PdfDocument;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfDocument.Table;
import se.hoglandet.platform.shared.pdf.PdfRenderer;

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
        String title = "Mognadsmätning: " + overview.cycle().name();
        PdfDocument document = PdfDocument.landscape(title)
                .subject(model.name())
                .author("Höglandsförbundet")
                .paragraph("Höglandsförbundet · " + model.name(), Style.SMALL)
                .heading1(title)
                .paragraph(overview.submitted() + " av " + overview.invited() + " inbjudna har skickat in. "
                        + "Skala 1–5. Organisationer med för få svar visas inte.")
                .heading2("Resultat per område")
                .table(scores(overview));

        if (!overview.rates().isEmpty()) {
            Table rates = Table.withColumns("Organisation", "Inbjudna", "Påbörjat", "Inskickat", "Resultat inskickat")
                    .rowHeaders();
            for (FederationOverview.Rate rate : overview.rates()) {
                rates.row(
                        rate.organisationName(),
                        String.valueOf(rate.invited()),
                        String.valueOf(rate.started()),
                        String.valueOf(rate.submitted()),
                        rate.resultSubmitted() ? "Ja" : "Nej");
            }
            document.heading2("Svarsfrekvens").table(rates);
        }

        Table levels = Table.withColumns("Område", "Nivå 1", "Nivå 2", "Nivå 3", "Nivå 4")
                .rowHeaders();
        for (ModelDefinition.Dimension d : model.dimensions()) {
            List<String> row = new ArrayList<>(List.of(d.name()));
            for (int count : overview.levelCounts().get(d.key())) {
                row.add(String.valueOf(count));
            }
            levels.row(row);
        }
        document.heading2("Angivna samverkansnivåer (antal organisationer per nuvarande nivå)")
                .table(levels)
                .paragraph("Utskrivet " + STAMP.format(now) + " ur Höglandets AI-samverkan.", Style.SMALL);
        return PdfRenderer.render(document);
    }

    /** Organisation × dimension, with the federation's average as the footer row. */
    private static Table scores(FederationOverview overview) {
        List<ModelDefinition.Dimension> dimensions = overview.model().dimensions();
        List<String> columns = new ArrayList<>(List.of("Organisation"));
        dimensions.forEach(d -> columns.add(d.name()));
        Table scores = Table.withColumns(columns).rowHeaders();
        for (FederationOverview.Row row : overview.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.organisationName()));
            dimensions.forEach(d -> cells.add(
                    row.suppressed() ? "för få svar" : text(row.scores().get(d.key()))));
            scores.row(cells);
        }
        List<String> average = new ArrayList<>(List.of("Förbundets medelvärde"));
        dimensions.forEach(d -> average.add(text(overview.average().get(d.key()))));
        return scores.footerRow(average);
    }

    /** A score as in the overview's table: two decimals with a decimal comma ({@code 3,67}). */
    private static String text(BigDecimal value) {
        return value == null ? "–" : SwedishNumbers.format(value, 2);
    }
}
