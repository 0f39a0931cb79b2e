package se.hoglandet.platform.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by Apache ECharts (from the webjar, at runtime: no frontend build) from an option given as JSON. It
 * is an image for assistive technology (role img and a label); every chart in the portal has the same figures in a
 * table next to it.
 */
public class EChart extends Div {

    static final String ECHARTS = "webjars/echarts/5.5.0/echarts.min.js";

    private final String option;

    public EChart(String option, String ariaLabel) {
        this.option = option;
        addClassName("echart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
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

    /** The option the chart is drawn from (JSON), e.g. for a test of what it shows. */
    public String option() {
        return option;
    }

    /** A JSON string literal, safe inside a script (no closing tags). */
    public static String quote(String text) {
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
