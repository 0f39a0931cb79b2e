package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.hoglandet.platform.maturity.CycleScores;
import se.hoglandet.platform.maturity.ExternalResult;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.picture.MaturityPicture;
import se.hoglandet.platform.ui.Formats;

/**
 * Maturity over the years: the platform's own survey per dimension (scale 1–5) and the external instruments'
 * results (DiMiOS, DIOS, PIOS, each on its own scale) side by side in one trend table, year by year, with the
 * own survey's trend drawn as well.
 */
class MaturityPanel extends Div {

    /** One line of the trend: what is measured, and its value per year as written. */
    record TrendRow(String name, Map<Integer, String> byYear) {}

    MaturityPanel(MaturityPicture maturity) {
        setId("picture-maturity");
        List<TrendRow> rows = new ArrayList<>(own(maturity.own()));
        rows.addAll(external(maturity.external()));
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.addAll(r.byYear().keySet()));
        if (rows.isEmpty() || years.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("picture.maturity.none"));
            none.setId("maturity-none");
            add(none);
            return;
        }
        Grid<TrendRow> grid = new Grid<>();
        grid.addColumn(TrendRow::name)
                .setHeader(getTranslation("picture.maturity.measure"))
                .setFlexGrow(3);
        for (Integer year : years) {
            grid.addColumn(r -> r.byYear().getOrDefault(year, "–"))
                    .setHeader(String.valueOf(year))
                    .setAutoWidth(true);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("picture.maturity.trend"));
        grid.setId("maturity-trend");
        add(new Paragraph(getTranslation("picture.maturity.help")), grid);
    }

    /** Own survey scores per dimension; a year with two cycles shows the later one. */
    private List<TrendRow> own(List<CycleScores> cycles) {
        Map<String, TrendRow> byDimension = new LinkedHashMap<>();
        for (CycleScores cycle : cycles) {
            if (cycle.suppressed()) {
                continue;
            }
            for (ModelDefinition.Dimension dimension : cycle.dimensions()) {
                BigDecimal score = cycle.scores().get(dimension.key());
                if (score != null) {
                    byDimension
                            .computeIfAbsent(
                                    dimension.key(),
                                    k -> new TrendRow(
                                            getTranslation("picture.maturity.own", dimension.name()), new TreeMap<>()))
                            .byYear()
                            .put(cycle.opensOn().getYear(), Formats.decimal(score, 1));
                }
            }
        }
        return List.copyOf(byDimension.values());
    }

    /** External results per instrument and dimension, each value with its scale ("6,5 av 10"). */
    private List<TrendRow> external(List<ExternalResult> results) {
        Map<String, TrendRow> byMeasure = new LinkedHashMap<>();
        for (ExternalResult result : results) {
            String name = getTranslation(
                    "picture.maturity.external",
                    getTranslation("external.instrument." + result.instrument()),
                    getTranslation("external.dimension." + result.dimension()));
            byMeasure
                    .computeIfAbsent(name, k -> new TrendRow(name, new TreeMap<>()))
                    .byYear()
                    .put(
                            result.year(),
                            getTranslation(
                                    "external.valueOfScale",
                                    Formats.number(result.value()),
                                    Formats.number(result.scaleMax())));
        }
        return List.copyOf(byMeasure.values());
    }
}
