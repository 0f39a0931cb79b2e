package se.hoglandet.platform.maturity.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.Formats;
import tools.jackson.databind.json.JsonMapper;

/**
 * Building blocks of the maturity pages' ECharts options, written as JSON by Jackson (so that names are quoted
 * safely) and with every figure the chart shows already in the reader's format ({@code 3,50}): ECharts writes numbers
 * its own way, so labels and tooltips get their text from here, rounded as in the table beside the chart.
 */
final class ChartOption {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOption() {}

    /** A score as the tables and the charts show it: two decimals, as the core rounds it; a dash for none. */
    static String score(BigDecimal value) {
        return value == null ? "–" : Formats.decimal(value, 2);
    }

    /** The highest step of the model's scales: the top of every score axis. */
    static int scaleTop(ModelDefinition model) {
        return model.questions().stream().mapToInt(q -> q.scale().size()).max().orElse(5);
    }

    static List<String> dimensionNames(ModelDefinition model) {
        return model.dimensions().stream().map(ModelDefinition.Dimension::name).toList();
    }

    /** A JSON object from alternating keys and values, in that order. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * A category axis whose every label is shown and none overlaps another: turned labels stay on one line (turned
     * lines cannot collide however narrow the chart), level ones wrap within their width.
     */
    static Map<String, Object> categoryAxis(List<String> names, boolean turned) {
        Map<String, Object> label = turned
                ? object("interval", 0, "rotate", 30, "color", "#333333")
                : object("interval", 0, "width", 150, "overflow", "break", "color", "#333333");
        return object("type", "category", "data", names, "axisLabel", label);
    }

    /** A plot area that keeps its axis labels inside the chart, with room below for the legend. */
    static Map<String, Object> plotArea(int roomBelow) {
        return object("left", 8, "right", 24, "top", 16, "bottom", roomBelow, "containLabel", true);
    }

    /**
     * A tooltip text. ECharts shows tooltips as HTML: names come from imported models and organisations, so they are
     * escaped here; ECharts' own placeholders ({@code {a}}) are not used.
     */
    static Map<String, Object> tooltip(String text) {
        String escaped = text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;")
                .replace("{", "&#123;")
                .replace("}", "&#125;");
        return object("formatter", escaped);
    }

    static String json(Map<String, Object> option) {
        return JSON.writeValueAsString(option);
    }
}
