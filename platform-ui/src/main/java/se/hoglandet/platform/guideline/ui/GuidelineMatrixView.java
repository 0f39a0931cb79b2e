package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.guideline.GuidelineComparisonService;
import se.hoglandet.platform.guideline.GuidelineMatrix;
import se.hoglandet.platform.guideline.GuidelineTopic;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.i18n.LanguageSelection;

/**
 * Which organisation has a rule on which topic, across every guideline published now: a real table (caption, header
 * cells for topics and organisations) whose cells name the strongest kind of clause and link to it.
 */
@Route("guidelines/matrix")
@PermitAll
public class GuidelineMatrixView extends Main implements PortalView {

    GuidelineMatrixView(GuidelineComparisonService comparisons) {
        addClassName("page");
        GuidelineMatrix matrix = comparisons.matrix();
        add(new H2(getTranslation("guideline.matrix.title")), new Paragraph(getTranslation("guideline.matrix.intro")));
        if (matrix.columns().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("guideline.matrix.empty"));
            empty.setId("guideline-matrix-empty");
            add(empty);
            return;
        }
        NativeTable table = new NativeTable();
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(getTranslation("guideline.matrix.caption"));
        NativeTableRow header = new NativeTableRow(header(getTranslation("guideline.matrix.topic"), "col"));
        matrix.columns()
                .forEach(c -> header.add(header(
                        c.template()
                                ? getTranslation("guideline.matrix.template", c.organisationName())
                                : c.organisationName(),
                        "col")));
        NativeTableBody body = new NativeTableBody();
        for (GuidelineTopic topic : matrix.topics()) {
            NativeTableRow row = new NativeTableRow(header(topic.name(LanguageSelection.current()), "row"));
            row.setId("matrix-" + topic.code());
            for (GuidelineMatrix.Column column : matrix.columns()) {
                row.add(cell(matrix.cell(topic.code(), column.guidelineId()), column));
            }
            body.add(row);
        }
        table.add(caption, new NativeTableHeader(header), body);
        Div scroller = new Div(table);
        scroller.addClassName("guideline-matrix");
        scroller.setId("guideline-matrix");
        // A wide table scrolls inside its own region, which keyboard users reach and screen readers name.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("guideline.matrix.caption"));
        add(scroller);
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private NativeTableCell cell(GuidelineMatrix.Cell cell, GuidelineMatrix.Column column) {
        NativeTableCell td = new NativeTableCell();
        if (cell == null) {
            td.setText(getTranslation("guideline.matrix.none"));
            td.addClassName("matrix-none");
            return td;
        }
        String kind = EnumLabel.of(this, "guideline.kind", cell.kind());
        String href = RouteConfiguration.forSessionScope()
                        .getUrl(GuidelineView.class, new RouteParameters("id", String.valueOf(column.guidelineId())))
                + "#" + cell.clauseKey();
        Anchor link = new Anchor(href, getTranslation("guideline.matrix.cell", kind, cell.clauses()));
        td.add(link);
        td.addClassName(cell.kind().name().equals("RULE") ? "matrix-rule" : "matrix-other");
        return td;
    }

    @Override
    public String viewTitle() {
        return getTranslation("guideline.matrix.title");
    }
}
