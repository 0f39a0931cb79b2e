package se.hoglandet.platform.maturity.ui;

import static se.hoglandet.platform.maturity.ui.ChartOption.object;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.Formats;

/**
 * Organisation × dimension for federation staff: a heatmap that reads from light (low maturity) to deep green (high),
 * never red, each cell labelled with its score and a legend that names the ranges; the same figures, rounded the
 * same way, in the table below it.
 */
class HeatmapSection extends Section {

    /** Light to deep, one hue family: more colour means more maturity. Dark text stays readable on every step. */
    private static final List<String> LOW_TO_HIGH = List.of("#ffffcc", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d");

    HeatmapSection(FederationOverview overview) {
        addClassName("initiative-section");
        add(new H2(getTranslation("maturity.heatmap")));
        ModelDefinition model = overview.model();
        List<Map<String, Object>> cells = cells(overview);
        if (cells.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("maturity.heatmap.empty"));
            empty.setId("heatmap-empty");
            add(empty);
        } else {
            add(chart(overview, cells));
        }
        Grid<FederationOverview.Row> table = new Grid<>();
        table.addColumn(FederationOverview.Row::organisationName)
                .setHeader(getTranslation("course.field.organiser"))
                .setFlexGrow(2);
        for (ModelDefinition.Dimension d : model.dimensions()) {
            table.addColumn(r -> r.suppressed()
                            ? getTranslation("maturity.tooFew")
                            : ChartOption.score(r.scores().get(d.key())))
                    .setHeader(d.name())
                    // As wide as the dimension's name, so the header is read whole; the table scrolls if need be.
                    .setAutoWidth(true);
        }
        table.setItems(overview.rows());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("maturity.heatmap"));
        table.setId("heatmap-table");
        add(table);
    }

    private List<Map<String, Object>> cells(FederationOverview overview) {
        List<ModelDefinition.Dimension> dimensions = overview.model().dimensions();
        List<Map<String, Object>> cells = new ArrayList<>();
        for (int y = 0; y < overview.rows().size(); y++) {
            FederationOverview.Row row = overview.rows().get(y);
            for (int x = 0; x < dimensions.size(); x++) {
                BigDecimal value = row.scores().get(dimensions.get(x).key());
                if (value != null) {
                    String text = ChartOption.score(value);
                    cells.add(object(
                            "value", List.of(x, y, value),
                            "label", object("formatter", text),
                            "tooltip",
                                    ChartOption.tooltip(row.organisationName() + ", "
                                            + dimensions.get(x).name() + ": " + text)));
                }
            }
        }
        return cells;
    }

    private EChart chart(FederationOverview overview, List<Map<String, Object>> cells) {
        List<String> organisations = overview.rows().stream()
                .map(FederationOverview.Row::organisationName)
                .toList();
        Map<String, Object> option = object(
                "animation", false,
                "tooltip", object("trigger", "item"),
                "grid", ChartOption.plotArea(40),
                "xAxis", ChartOption.categoryAxis(ChartOption.dimensionNames(overview.model()), true),
                "yAxis", ChartOption.categoryAxis(organisations, false),
                "visualMap", legend(ChartOption.scaleTop(overview.model())),
                "series",
                        List.of(object(
                                "name", getTranslation("maturity.heatmap"),
                                "type", "heatmap",
                                "label", object("show", true, "color", "#1a1a1a"),
                                "itemStyle", object("borderColor", "#ffffff", "borderWidth", 1),
                                "data", cells)));
        EChart chart = new EChart(ChartOption.json(option), getTranslation("maturity.heatmap.label"));
        chart.addClassNames("maturity-chart", "wide");
        // Room for the rows and for the turned dimension names below them.
        chart.setHeight((200 + 44 * organisations.size()) + "px");
        chart.setId("heatmap");
        return chart;
    }

    /** Equal ranges from 1 to the top of the scale, each named with its values ("1,00–1,99"), low to high. */
    private Map<String, Object> legend(int top) {
        int count = Math.min(top - 1, LOW_TO_HIGH.size());
        double width = (top - 1) / (double) count;
        List<Map<String, Object>> pieces = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BigDecimal from = BigDecimal.valueOf(1 + i * width);
            boolean last = i == count - 1;
            BigDecimal to = last ? BigDecimal.valueOf(top) : BigDecimal.valueOf(1 + (i + 1) * width);
            String label = Formats.decimal(from, 2) + "–"
                    + Formats.decimal(last ? to : to.subtract(new BigDecimal("0.01")), 2);
            pieces.add(object("gte", from, last ? "lte" : "lt", to, "label", label, "color", colour(i, count)));
        }
        return object(
                "type",
                "piecewise",
                "orient",
                "horizontal",
                "left",
                "center",
                "bottom",
                0,
                "dimension",
                2,
                "pieces",
                pieces);
    }

    /** The i:th of {@code count} colours, spread over the whole palette so the top range is always the deepest. */
    private static String colour(int i, int count) {
        return count == 1
                ? LOW_TO_HIGH.getLast()
                : LOW_TO_HIGH.get(Math.round(i * (LOW_TO_HIGH.size() - 1) / (float) (count - 1)));
    }
}
