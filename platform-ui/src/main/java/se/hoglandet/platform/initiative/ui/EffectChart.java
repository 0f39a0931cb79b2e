package se.hoglandet.platform.initiative.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.ui.EChart;

/**
 * A small line chart of one effect indicator (measured values over time, with baseline and target as lines). The
 * same figures are in a table next to it.
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

    private static String option(
            String name,
            BigDecimal baseline,
            BigDecimal target,
            List<LocalDate> dates,
            List<BigDecimal> values,
            String baselineLabel,
            String targetLabel) {
        String x = dates.stream().map(d -> quote(d.toString())).collect(Collectors.joining(","));
        String y = values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
        return "{\"animation\":false,\"grid\":{\"left\":48,\"right\":16,\"top\":24,\"bottom\":32},"
                + "\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + x + "]},\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[{\"name\":" + quote(name) + ",\"type\":\"line\",\"data\":[" + y + "],"
                + "\"markLine\":{\"symbol\":\"none\",\"data\":["
                + "{\"name\":" + quote(baselineLabel) + ",\"yAxis\":" + baseline.toPlainString()
                + ",\"label\":{\"formatter\":" + quote(baselineLabel) + "}},"
                + "{\"name\":" + quote(targetLabel) + ",\"yAxis\":" + target.toPlainString()
                + ",\"label\":{\"formatter\":" + quote(targetLabel) + "}}]}}]}";
    }
}
