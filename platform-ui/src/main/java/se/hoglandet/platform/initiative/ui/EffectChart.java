package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small line chart of one effect indicator (measured values over time, with baseline and target as lines),
 * drawn by ECharts from the webjar at runtime: no frontend build. It is an image for assistive technology; the
 * same figures are in a table next to it.
 */
public class EffectChart extends Div {

    static final String ECHARTS = "webjars/echarts/5.5.0/echarts.min.js";

    private final String option;

    public EffectChart(String name, BigDecimal baseline, BigDecimal target, List<LocalDate> dates, List<BigDecimal> values,
            String baselineLabel, String targetLabel, String ariaLabel) {
        addClassName("effect-chart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
        String x = dates.stream().map(d -> quote(d.toString())).collect(Collectors.joining(","));
        String y = values.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(","));
        option = "{\"animation\":false,\"grid\":{\"left\":48,\"right\":16,\"top\":24,\"bottom\":32},"
                + "\"tooltip\":{\"trigger\":\"axis\"},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + x + "]},\"yAxis\":{\"type\":\"value\"},"
                + "\"series\":[{\"name\":" + quote(name) + ",\"type\":\"line\",\"data\":[" + y + "],"
                + "\"markLine\":{\"symbol\":\"none\",\"data\":["
                + "{\"name\":" + quote(baselineLabel) + ",\"yAxis\":" + baseline.toPlainString() + ",\"label\":{\"formatter\":" + quote(baselineLabel) + "}},"
                + "{\"name\":" + quote(targetLabel) + ",\"yAxis\":" + target.toPlainString() + ",\"label\":{\"formatter\":" + quote(targetLabel) + "}}]}}]}";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs("""
                const el = this;
                const option = JSON.parse($0);
                const draw = () => window.echarts.init(el, null, {renderer: 'svg'}).setOption(option);
                if (window.echarts) { draw(); return; }
                let script = document.querySelector('script[data-echarts]');
                if (!script) {
                  script = document.createElement('script');
                  script.src = $1;
                  script.dataset.echarts = 'loading';
                  script.addEventListener('load', () => script.dataset.echarts = 'loaded');
                  document.head.appendChild(script);
                }
                script.addEventListener('load', draw);
                """, option, ECHARTS);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
