package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import se.hoglandet.platform.assessment.Risk;

/**
 * The 4 × 4 risk matrix (likelihood × consequence) with the number of risks in each cell, before or after the
 * measures. A real table with a caption and header cells, so screen readers read it as one; the colour of a cell
 * (by score) is a help, never the only carrier of meaning: the count and the headers are text.
 */
class RiskMatrix extends Div {

    RiskMatrix(List<Risk> risks, boolean afterMeasures) {
        addClassName("risk-matrix");
        NativeTable table = new NativeTable();
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(getTranslation(afterMeasures ? "assessment.matrix.after" : "assessment.matrix.before"));
        table.add(caption);
        NativeTableRow header = new NativeTableRow();
        NativeTableHeaderCell corner = new NativeTableHeaderCell(getTranslation("assessment.matrix.axes"));
        header.add(corner);
        for (int consequence = 1; consequence <= 4; consequence++) {
            NativeTableHeaderCell cell =
                    new NativeTableHeaderCell(getTranslation("assessment.matrix.consequence", consequence));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        NativeTableHeader head = new NativeTableHeader(header);
        NativeTableBody body = new NativeTableBody();
        for (int likelihood = 4; likelihood >= 1; likelihood--) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell rowHeader =
                    new NativeTableHeaderCell(getTranslation("assessment.matrix.likelihood", likelihood));
            rowHeader.getElement().setAttribute("scope", "row");
            row.add(rowHeader);
            for (int consequence = 1; consequence <= 4; consequence++) {
                int l = likelihood;
                int c = consequence;
                long count = risks.stream()
                        .filter(r -> afterMeasures
                                ? r.residualLikelihood() == l && r.residualConsequence() == c
                                : r.likelihood() == l && r.consequence() == c)
                        .count();
                NativeTableCell cell = new NativeTableCell(count == 0 ? "–" : String.valueOf(count));
                int score = l * c;
                cell.addClassName(score >= 9 ? "risk-high" : score >= 4 ? "risk-medium" : "risk-low");
                row.add(cell);
            }
            body.add(row);
        }
        table.add(head, body);
        add(table);
    }
}
