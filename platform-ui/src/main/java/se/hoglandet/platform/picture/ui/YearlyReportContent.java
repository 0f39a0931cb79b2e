package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import se.hoglandet.platform.picture.YearlyReport;
import se.hoglandet.platform.ui.Formats;

/**
 * The yearly report as an accessible web page: a heading per part and a real table (column headers, the first
 * column as row headers), so that a screen reader and a printout read it the way the PDF does.
 */
class YearlyReportContent extends Div {

    YearlyReportContent(YearlyReport report) {
        setId("report-content");
        addClassName("report-content");
        for (ReportSections.Section section : new ReportSections(this).of(report)) {
            add(new H3(section.heading()));
            if (section.rows().isEmpty()) {
                add(new Paragraph(section.empty()));
            } else {
                add(table(section));
            }
        }
        add(new Paragraph(getTranslation("report.generated", Formats.dateTime(report.generatedAt()))));
    }

    private static NativeTable table(ReportSections.Section section) {
        NativeTable table = new NativeTable();
        table.addClassName("report-table");
        NativeTableRow head = table.getHead().addRow();
        section.columns().forEach(column -> head.addHeaderCell().setText(column));
        for (var row : section.rows()) {
            NativeTableRow line = table.getBody().addRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    var header = line.addHeaderCell();
                    header.setText(row.get(i));
                    header.getElement().setAttribute("scope", "row");
                } else {
                    line.addDataCell().setText(row.get(i));
                }
            }
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        return table;
    }
}
