package se.hoglandet.platform.maturity.ui;

import static se.hoglandet.platform.maturity.ui.ChartOption.object;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.EChart;

/**
 * How many organisations stated each current collaboration level, per dimension: a stacked bar chart and the same
 * counts as a table.
 */
class LevelsSection extends Section {

    private static final int LEVELS = 4;

    LevelsSection(FederationOverview overview) {
        addClassName("initiative-section");
        add(new H2(getTranslation("maturity.levelDistribution")));
        ModelDefinition model = overview.model();
        boolean anyStated = overview.levelCounts().values().stream()
                .flatMapToInt(Arrays::stream)
                .anyMatch(count -> count > 0);
        if (anyStated) {
            add(chart(overview));
        } else {
            Paragraph empty = new Paragraph(getTranslation("maturity.levelDistribution.empty"));
            empty.setId("levels-empty");
            add(empty);
        }
        Grid<ModelDefinition.Dimension> table = new Grid<>();
        table.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        IntStream.rangeClosed(1, LEVELS)
                .forEach(level -> table.addColumn(d -> overview.levelCounts().get(d.key())[level - 1])
                        .setHeader(getTranslation("maturity.levelNumber", level)));
        table.setItems(model.dimensions());
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAriaLabel(getTranslation("maturity.levelDistribution"));
        table.setId("levels-table");
        add(table);
    }

    private EChart chart(FederationOverview overview) {
        List<Map<String, Object>> series = IntStream.rangeClosed(1, LEVELS)
                .mapToObj(level -> object(
                        "name",
                        getTranslation("initiative.level.short", level, getTranslation("initiative.level." + level)),
                        "type",
                        "bar",
                        "stack",
                        "levels",
                        "data",
                        overview.model().dimensions().stream()
                                .map(d -> overview.levelCounts().get(d.key())[level - 1])
                                .toList()))
                .toList();
        Map<String, Object> option = object(
                "animation", false,
                "tooltip", object("trigger", "axis"),
                "legend", object("type", "scroll", "bottom", 0),
                "grid", ChartOption.plotArea(48),
                "xAxis", ChartOption.categoryAxis(ChartOption.dimensionNames(overview.model()), true),
                "yAxis", object("type", "value", "minInterval", 1),
                "series", series);
        EChart chart = new EChart(ChartOption.json(option), getTranslation("maturity.levelDistribution.label"));
        chart.addClassNames("maturity-chart", "wide");
        chart.setId("levels");
        return chart;
    }
}
