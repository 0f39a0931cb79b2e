package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import se.hoglandet.platform.assessment.Risk;

/** The risk register as read: each risk before and after its measure, and the two matrices side by side. */
class RiskRegisterPanel extends Div {

    RiskRegisterPanel(List<Risk> risks) {
        Grid<Risk> grid = grid(this);
        grid.setItems(risks);
        add(grid);
        if (!risks.isEmpty()) {
            FlexLayout matrices = new FlexLayout(new RiskMatrix(risks, false), new RiskMatrix(risks, true));
            matrices.addClassName("risk-matrices");
            add(matrices);
        }
    }

    /** The register's columns, the same on the page and in the editor. */
    static Grid<Risk> grid(Component translator) {
        Grid<Risk> grid = new Grid<>();
        grid.addColumn(Risk::description)
                .setHeader(translator.getTranslation("assessment.risk.description"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.likelihood() + " × " + r.consequence() + " = " + r.score())
                .setHeader(translator.getTranslation("assessment.risk.before"))
                .setAutoWidth(true);
        grid.addColumn(Risk::measure)
                .setHeader(translator.getTranslation("assessment.risk.measure"))
                .setFlexGrow(2);
        grid.addColumn(Risk::measureOwner)
                .setHeader(translator.getTranslation("assessment.risk.owner"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.residualLikelihood() + " × " + r.residualConsequence() + " = " + r.residualScore())
                .setHeader(translator.getTranslation("assessment.risk.after"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(translator.getTranslation("assessment.section.risks"));
        grid.setEmptyStateText(translator.getTranslation("assessment.risks.none"));
        return grid;
    }
}
