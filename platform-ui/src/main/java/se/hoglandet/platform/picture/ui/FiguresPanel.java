package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.hoglandet.platform.picture.PictureFigure;

/**
 * The capabilities' figures, one block per part (initiatives, effects, assessments, incidents, literacy,
 * collaboration, and what networks and guidelines contribute): each figure with a link to the records behind it,
 * and a bar chart beside the table where a distribution is easier to see than to read.
 */
class FiguresPanel extends Div {

    /** The parts that are distributions: drawn as bars as well. */
    private static final Set<String> CHARTED = Set.of("initiatives", "initiativeLevels");

    FiguresPanel(List<PictureFigure> figures) {
        setId("picture-figures");
        addClassName("picture-figures");
        Map<String, List<PictureFigure>> bySection = new LinkedHashMap<>();
        figures.forEach(f ->
                bySection.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f));
        if (bySection.isEmpty()) {
            add(new Span(getTranslation("picture.figures.none")));
        }
        bySection.forEach((section, inSection) -> add(block(section, inSection)));
    }

    private Div block(String section, List<PictureFigure> figures) {
        String heading = PictureTexts.section(this, section);
        Div block = new Div(new H3(heading));
        block.addClassName("picture-block");
        block.setId("figures-" + section);
        if (CHARTED.contains(section)
                && figures.stream().anyMatch(f -> f.value().signum() > 0)) {
            block.add(PictureCharts.bars(
                    figures.stream().map(f -> PictureTexts.label(this, f)).toList(),
                    figures.stream().map(PictureFigure::value).toList(),
                    figures.stream().map(PictureTexts::value).toList(),
                    getTranslation("picture.chart.label", heading)));
        }
        block.add(table(heading, figures));
        return block;
    }

    /** The figures as a table: label (a link to the records behind it, where there is a list) and value. */
    static Grid<PictureFigure> table(String heading, List<PictureFigure> figures) {
        Grid<PictureFigure> grid = new Grid<>();
        grid.addComponentColumn(f -> labelOf(grid, f))
                .setHeader(grid.getTranslation("picture.figure"))
                .setFlexGrow(4);
        grid.addColumn(PictureTexts::value)
                .setHeader(grid.getTranslation("picture.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(heading);
        grid.setEmptyStateText(grid.getTranslation("picture.figures.none"));
        return grid;
    }

    private static Component labelOf(Component translator, PictureFigure figure) {
        String label = PictureTexts.label(translator, figure);
        return figure.link() == null ? new Span(label) : new Anchor(figure.link(), label);
    }
}
