package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import se.hoglandet.platform.picture.YearlyReport;
import se.hoglandet.platform.shared.pdf.PdfDocument;
import se.hoglandet.platform.shared.pdf.PdfDocument.Style;
import se.hoglandet.platform.shared.pdf.PdfDocument.Table;
import se.hoglandet.platform.ui.Formats;

/** The yearly report as a PDF/UA for the diary: the same parts and tables as the page, in the reader's language. */
final class YearlyReportPdf {

    private final Component translator;

    YearlyReportPdf(Component translator) {
        this.translator = translator;
    }

    PdfDocument document(YearlyReport report) {
        String title = report.isFederation()
                ? translator.getTranslation("report.title.federation", report.year())
                : translator.getTranslation(
                        "report.title", report.organisation().name(), report.year());
        PdfDocument document = PdfDocument.landscape(title)
                .language(Formats.locale().getLanguage())
                .subject(translator.getTranslation("report.subject"))
                .author(
                        report.isFederation()
                                ? "Höglandsförbundet"
                                : report.organisation().name())
                .heading1(title)
                .paragraph(translator.getTranslation("report.intro"));
        for (ReportSections.Section section : new ReportSections(translator).of(report)) {
            document.heading2(section.heading());
            if (section.rows().isEmpty()) {
                document.paragraph(section.empty());
            } else {
                Table table = Table.withColumns(section.columns()).rowHeaders();
                section.rows().forEach(table::row);
                document.table(table);
            }
        }
        return document.paragraph(
                translator.getTranslation("report.generated", Formats.dateTime(report.generatedAt())), Style.SMALL);
    }
}
