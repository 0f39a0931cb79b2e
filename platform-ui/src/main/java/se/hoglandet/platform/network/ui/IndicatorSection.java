package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import se.hoglandet.platform.network.NetworkIndicator;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.Formats;

/**
 * Whether talk turns into action: decisions, actions done on time and outcomes in the last twelve months, as a
 * sentence, a bar chart per month, and the same figures as a table (the chart is an image to assistive technology).
 */
class IndicatorSection extends Composite<Div> {

    IndicatorSection(NetworkIndicator indicator) {
        Paragraph summary = new Paragraph(getTranslation(
                "network.indicator.summary",
                indicator.decisions(),
                indicator.actionsDoneOnTime(),
                indicator.outcomes(),
                Formats.date(indicator.from()),
                Formats.date(indicator.to())));
        summary.setId("network-indicator-summary");
        getContent().add(summary);
        List<NetworkIndicator.Month> months = indicator.months();
        String option = "{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":40,\"right\":16,\"top\":16,\"bottom\":60},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":["
                + months.stream().map(m -> EChart.quote(monthName(m))).collect(Collectors.joining(","))
                + "]},\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":["
                + series("network.indicator.decisions", months, NetworkIndicator.Month::decisions) + ","
                + series("network.indicator.actionsDone", months, NetworkIndicator.Month::actionsDoneOnTime) + ","
                + series("network.indicator.outcomes", months, NetworkIndicator.Month::outcomes) + "]}";
        EChart chart = new EChart(option, getTranslation("network.indicator.chart"));
        chart.addClassNames("maturity-chart", "wide");
        getContent().add(chart, table(months));
    }

    private String series(String key, List<NetworkIndicator.Month> months, ToLongFunction<NetworkIndicator.Month> of) {
        return "{\"name\":" + EChart.quote(getTranslation(key)) + ",\"type\":\"bar\",\"data\":["
                + months.stream().map(m -> String.valueOf(of.applyAsLong(m))).collect(Collectors.joining(","))
                + "]}";
    }

    private Grid<NetworkIndicator.Month> table(List<NetworkIndicator.Month> months) {
        Grid<NetworkIndicator.Month> table = new Grid<>();
        table.addColumn(this::monthName).setHeader(getTranslation("network.indicator.month"));
        table.addColumn(m -> Formats.whole(m.decisions()))
                .setHeader(getTranslation("network.indicator.decisions"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(m -> Formats.whole(m.actionsDoneOnTime()))
                .setHeader(getTranslation("network.indicator.actionsDone"))
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(m -> Formats.whole(m.outcomes()))
                .setHeader(getTranslation("network.indicator.outcomes"))
                .setTextAlign(ColumnTextAlign.END);
        table.setItems(months);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        table.setAriaLabel(getTranslation("network.indicator"));
        table.setId("network-indicator");
        return table;
    }

    private String monthName(NetworkIndicator.Month month) {
        return month.month().getMonth().getDisplayName(TextStyle.SHORT, Formats.locale()) + " "
                + month.month().getYear();
    }
}
