package se.hoglandet.platform.picture.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.ui.EChart;
import tools.jackson.databind.json.JsonMapper;

/**
 * The picture's charts as ECharts options, written by Jackson (names quoted safely); every value is labelled in the
 * reader's format by the caller, and every chart has a table with the same figures next to it.
 */
final class PictureCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PictureCharts() {}

    /** One bar per category: e.g. initiatives per status. {@code labels} are the values as the table writes them. */
    static EChart bars(List<String> categories, List<? extends Number> values, List<String> labels, String aria) {
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            data.add(object(
                    "value",
                    values.get(i),
                    "label",
                    object("show", true, "position", "right", "formatter", escaped(labels.get(i)))));
        }
        Map<String, Object> option = object(
                "animation", false,
                "grid", object("left", 8, "right", 48, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", object("type", "value", "minInterval", 1),
                "yAxis",
                        object(
                                "type",
                                "category",
                                "inverse",
                                true,
                                "data",
                                categories,
                                "axisLabel",
                                object("width", 220, "overflow", "break", "color", "#333333")),
                "series", List.of(object("type", "bar", "data", data, "itemStyle", object("color", "#2f6b4f"))));
        return chart(option, aria, Math.max(6, 2 + 2 * categories.size()));
    }

    /**
     * Several series over the same categories, e.g. every organisation's chosen level per area (levels 1–4).
     *
     * @param series per series name, its values in the categories' order (null for none)
     */
    static EChart groupedBars(List<String> categories, Map<String, List<Integer>> series, int max, String aria) {
        List<Object> all = new ArrayList<>();
        series.forEach((name, values) -> all.add(object(
                "name",
                name,
                "type",
                "bar",
                "data",
                values.stream().map(v -> v == null ? (Object) "-" : v).toList())));
        Map<String, Object> option = object(
                "animation", false,
                "tooltip", object("trigger", "item"),
                "legend", object("type", "scroll", "bottom", 0),
                "grid", object("left", 8, "right", 24, "top", 16, "bottom", 48, "containLabel", true),
                "xAxis",
                        object(
                                "type",
                                "category",
                                "data",
                                categories,
                                "axisLabel",
                                object("interval", 0, "width", 110, "overflow", "break", "color", "#333333")),
                "yAxis", object("type", "value", "min", 0, "max", max, "interval", 1),
                "series", all);
        return chart(option, aria, 22);
    }

    private static EChart chart(Map<String, Object> option, String aria, int heightEm) {
        EChart chart = new EChart(JSON.writeValueAsString(option), aria);
        chart.addClassName("picture-chart");
        chart.setWidthFull();
        chart.setHeight(heightEm + "em");
        return chart;
    }

    /** ECharts reads {a}-style placeholders in a formatter: a brace in a label becomes a parenthesis. */
    private static String escaped(String text) {
        return text.replace("{", "(").replace("}", ")");
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
