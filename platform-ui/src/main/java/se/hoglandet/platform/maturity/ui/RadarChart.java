package se.hoglandet.platform.maturity.ui;

import static se.hoglandet.platform.maturity.ui.ChartOption.object;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.OrganisationOverview;
import se.hoglandet.platform.ui.EChart;

/**
 * An organisation's scores per dimension against the federation average (and its previous cycle): the organisation
 * is drawn last and on top, solid and filled, the comparisons dashed beneath it, so that its line shows even where
 * it equals the average.
 */
class RadarChart extends EChart {

    RadarChart(ModelDefinition model, OrganisationOverview overview, String averageName, String label) {
        super(ChartOption.json(option(model, overview, averageName)), label);
        addClassName("maturity-chart");
        setId("radar");
    }

    private static Map<String, Object> option(ModelDefinition model, OrganisationOverview overview, String average) {
        int top = ChartOption.scaleTop(model);
        List<Map<String, Object>> indicators = model.dimensions().stream()
                .map(d -> object("name", d.name(), "min", 0, "max", top))
                .toList();
        List<Map<String, Object>> comparisons = new ArrayList<>();
        if (!overview.federationAverage().isEmpty()) {
            comparisons.add(line(model, average, overview.federationAverage(), "dashed", "#5f6368", false));
        }
        if (!overview.previous().isEmpty()) {
            comparisons.add(line(model, overview.previousCycleName(), overview.previous(), "dotted", "#b35900", false));
        }
        Map<String, Object> own = line(model, overview.organisationName(), overview.scores(), "solid", "#1f5fa8", true);
        return object(
                "animation", false,
                "legend", object("bottom", 0),
                "tooltip", object("trigger", "item"),
                "radar",
                        object(
                                "indicator",
                                indicators,
                                "radius",
                                "62%",
                                "center",
                                List.of("50%", "48%"),
                                "axisName",
                                object("color", "#333333")),
                "series",
                        List.of(
                                object("type", "radar", "z", 3, "data", List.of(own)),
                                object("type", "radar", "z", 2, "data", comparisons)));
    }

    private static Map<String, Object> line(
            ModelDefinition model,
            String name,
            Map<String, BigDecimal> scores,
            String style,
            String colour,
            boolean filled) {
        List<Object> values = model.dimensions().stream()
                .map(d -> scores.get(d.key()) == null ? (Object) "-" : scores.get(d.key()))
                .toList();
        String figures = model.dimensions().stream()
                .map(d -> d.name() + " " + ChartOption.score(scores.get(d.key())))
                .collect(Collectors.joining(", "));
        Map<String, Object> line = object(
                "name",
                name,
                "value",
                values,
                "symbol",
                filled ? "circle" : "rect",
                "symbolSize",
                filled ? 7 : 5,
                "itemStyle",
                object("color", colour),
                "lineStyle",
                object("type", style, "width", filled ? 3 : 2, "color", colour),
                "tooltip",
                ChartOption.tooltip(name + ": " + figures));
        if (filled) {
            line.put("areaStyle", object("color", colour, "opacity", 0.2));
        }
        return line;
    }
}
