package se.hoglandet.platform.tool.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import se.hoglandet.platform.tool.ToolDetail;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * Every organisation's decision on a tool: approved for which data, under which assessment (linked when the reader
 * may read it), until when, with what conditions.
 */
class ToolDecisions extends Div {

    ToolDecisions(ToolDetail detail) {
        if (detail.decisions().isEmpty()) {
            add(new Paragraph(getTranslation("tool.decisions.none")));
            return;
        }
        Grid<ToolDetail.Decision> grid = new Grid<>();
        grid.setItems(detail.decisions());
        grid.addColumn(ToolDetail.Decision::organisationName)
                .setHeader(getTranslation("tool.decision.organisation"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> ToolBadges.state(this, d.state()))
                .setHeader(getTranslation("tool.decision.state"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.dataClasses().stream()
                        .sorted()
                        .map(c -> EnumLabel.of(this, "initiative.dataClass", c))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("tool.decision.dataClasses"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::assessment)
                .setHeader(getTranslation("tool.decision.assessment"))
                .setFlexGrow(2);
        grid.addColumn(d -> Formats.date(d.validUntil()))
                .setHeader(getTranslation("tool.decision.validUntil"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.note() == null ? "" : d.note())
                .setHeader(getTranslation("tool.decision.note"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("tool.section.decisions"));
        grid.setId("tool-decisions");
        add(grid);
    }

    private Component assessment(ToolDetail.Decision decision) {
        if (decision.assessmentId() == null) {
            return new Span();
        }
        if (decision.assessmentTitle() == null) {
            return new Span(getTranslation("tool.decision.assessmentHidden"));
        }
        // Assessments are upstream of tools but their pages are not a public interface: linked by address.
        return new Anchor("assessments/" + decision.assessmentId(), decision.assessmentTitle());
    }
}
