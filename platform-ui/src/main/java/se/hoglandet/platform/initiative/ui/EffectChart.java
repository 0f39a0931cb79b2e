package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.server.VaadinService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.Formats;

/**
 * A small line chart of one effect indicator: measured values over time, baseline and target as lines. The value
 * axis always spans baseline, target and every value, so neither line falls outside the chart; the lines' labels
 * sit inside the plot and every figure is written as the reader's language writes numbers (ECharts' own axis
 * numbers would not be, so the points carry their values instead). Before the first measurement the chart says
 * so. The same figures are in a list next to it.
 */
public class EffectChart extends EChart {

    public EffectChart(
            String name,
            BigDecimal baseline,
            BigDecimal target,
            List<LocalDate> dates,
            List<BigDecimal> values,
            String baselineLabel,
            String targetLabel,
            String ariaLabel) {
        super(option(name, baseline, target, dates, values, baselineLabel, targetLabel), ariaLabel);
        addClassName("effect-chart");
    }

    static String option(
            String name,
            BigDecimal baseline,
            BigDecimal target,
            List<LocalDate> dates,
            List<BigDecimal> values,
            String baselineLabel,
            String targetLabel) {
        String x = dates.stream().map(d -> quote(d.toString())).collect(Collectors.joining(","));
        String points = values.stream()
                .map(v -> "{\"value\":" + v.toPlainString() + ",\"label\":{\"formatter\":" + quote(Formats.number(v))
                        + "}}")
                .collect(Collectors.joining(","));
        BigDecimal[] range = range(baseline, target, values);
        return "{\"animation\":false,"
                + "\"grid\":{\"left\":16,\"right\":16,\"top\":24,\"bottom\":8,\"containLabel\":true},"
                + (values.isEmpty() ? emptyTitle() : "")
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + x + "]},"
                + "\"yAxis\":{\"type\":\"value\",\"min\":" + range[0].toPlainString() + ",\"max\":"
                + range[1].toPlainString() + ",\"axisLabel\":{\"show\":false},\"splitLine\":{\"show\":false}},"
                + "\"series\":[{\"name\":" + quote(name) + ",\"type\":\"line\",\"data\":[" + points + "],"
                + "\"label\":{\"show\":true,\"position\":\"top\"},"
                + "\"markLine\":{\"symbol\":\"none\",\"silent\":true,\"data\":["
                + line(baselineLabel, baseline, "insideStartTop") + ","
                + line(targetLabel, target, "insideEndTop") + "]}}]}";
    }

    /** A horizontal line at {@code value}, labelled inside the plot, e.g. "Mål 4,5". */
    private static String line(String label, BigDecimal value, String position) {
        return "{\"name\":" + quote(label) + ",\"yAxis\":" + value.toPlainString() + ",\"label\":{\"formatter\":"
                + quote(label + " " + Formats.number(value)) + ",\"position\":\"" + position + "\"}}";
    }

    /** From a little below the lowest to a little above the highest of baseline, target and values. */
    static BigDecimal[] range(BigDecimal baseline, BigDecimal target, List<BigDecimal> values) {
        List<BigDecimal> all = new ArrayList<>(values);
        all.add(baseline);
        all.add(target);
        BigDecimal low = all.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = all.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0) {
            span = high.abs().signum() == 0 ? BigDecimal.ONE : high.abs();
        }
        BigDecimal pad = span.multiply(new BigDecimal("0.2"), MathContext.DECIMAL64);
        BigDecimal min = low.subtract(pad);
        if (low.signum() >= 0 && min.signum() < 0) {
            min = BigDecimal.ZERO;
        }
        return new BigDecimal[] {min.stripTrailingZeros(), high.add(pad).stripTrailingZeros()};
    }

    private static String emptyTitle() {
        String text = VaadinService.getCurrent()
                .getInstantiator()
                .getI18NProvider()
                .getTranslation("effect.chart.empty", Formats.locale());
        return "\"title\":{\"text\":" + quote(text) + ",\"left\":\"center\",\"top\":\"middle\","
                + "\"textStyle\":{\"fontSize\":14,\"fontWeight\":\"normal\"}},";
    }
}
