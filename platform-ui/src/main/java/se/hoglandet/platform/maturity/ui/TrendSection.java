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
import java.util.Objects;
import java.util.stream.IntStream;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.EChart;

/** The federation average per dimension over the cycles of the model: a line chart and the same figures as a table. */
class TrendSection extends Section {

    TrendSection(FederationOverview overview) {
        addClassName("initiative-section");
        add(new H2(getTranslation("maturity.trend")));
        ModelDefinition model = overview.model();
        boolean anyScore =
                overview.trend().values().stream().flatMap(List::stream).anyMatch(Objects::nonNull);
        if (anyScore) {
            add(chart(overview));
        } else {
            Paragraph empty = new Paragraph(getTranslation("maturity.trend.empty"));
            empty.setId("trend-empty");
            add(empty);
        }
        Grid<ModelDefinition.Dimension> table = new Grid<>();
        table.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        IntStream.range(0, overview.trendCycles().size())
                .forEach(i -> table.addColumn(d ->
                                ChartOption.score(overview.trend().get(d.key()).get(i)))
                        .setHeader(overview.trendCycles().get(i))
                        .setAutoWidth(true));
        table.setItems(model.dimensions());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("maturity.trend"));
        table.setId("trend-table");
        add(table);
    }

    private EChart chart(FederationOverview overview) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (ModelDefinition.Dimension dimension : overview.model().dimensions()) {
            List<BigDecimal> values = overview.trend().get(dimension.key());
            List<Object> points = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                BigDecimal value = values.get(i);
                points.add(
                        value == null
                                ? "-"
                                : object(
                                        "value",
                                        value,
                                        "tooltip",
                                        ChartOption.tooltip(dimension.name() + ", "
                                                + overview.trendCycles().get(i) + ": "
                                                + ChartOption.score(value))));
            }
            series.add(object("name", dimension.name(), "type", "line", "data", points));
        }
        Map<String, Object> option = object(
                "animation", false,
                "tooltip", object("trigger", "item"),
                "legend", object("type", "scroll", "bottom", 0),
                "grid", ChartOption.plotArea(48),
                "xAxis", ChartOption.categoryAxis(overview.trendCycles(), false),
                "yAxis", object("type", "value", "min", 1, "max", ChartOption.scaleTop(overview.model())),
                "series", series);
        EChart chart = new EChart(ChartOption.json(option), getTranslation("maturity.trend.label"));
        chart.addClassNames("maturity-chart", "wide");
        chart.setId("trend");
        return chart;
    }
}
