package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.initiative.InitiativeFigures;
import se.hoglandet.platform.initiative.InitiativeStatus;

/**
 * Initiatives by organisation, status and collaboration level: a stacked bar chart per organisation by status, and
 * the same figures as a table (the chart is an image for assistive technology).
 */
class InitiativeChartSection extends Composite<Section> {

    InitiativeChartSection(List<InitiativeFigures.Count> counts) {
        Section section = getContent();
        section.setId("initiative-chart");
        H2 heading = new H2(getTranslation("home.chart.title"));
        List<String> organisations = counts.stream()
                .map(InitiativeFigures.Count::organisationName)
                .distinct()
                .toList();
        String series = Arrays.stream(InitiativeStatus.values())
                .map(status -> "{\"name\":" + EChart.quote(getTranslation("initiative.status." + status.name()))
                        + ",\"type\":\"bar\",\"stack\":\"status\",\"data\":["
                        + organisations.stream()
                                .map(o -> String.valueOf(counts.stream()
                                        .filter(c -> c.organisationName().equals(o) && c.status() == status)
                                        .mapToLong(InitiativeFigures.Count::initiatives)
                                        .sum()))
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(","));
        String option = "{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":48,\"right\":16,\"top\":16,\"bottom\":110},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":["
                + organisations.stream().map(EChart::quote).collect(Collectors.joining(","))
                + "],\"axisLabel\":{\"rotate\":30}},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[" + series + "]}";
        EChart chart = new EChart(option, getTranslation("home.chart.label"));
        chart.addClassNames("maturity-chart", "wide");

        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        Grid<InitiativeFigures.Count> table = new Grid<>();
        table.addColumn(InitiativeFigures.Count::organisationName)
                .setHeader(getTranslation("home.column.organisation"))
                .setFlexGrow(2);
        table.addColumn(c -> getTranslation("initiative.status." + c.status().name()))
                .setHeader(getTranslation("home.chart.column.status"));
        table.addColumn(c -> getTranslation("initiative.level." + c.level().number()))
                .setHeader(getTranslation("home.chart.column.level"))
                .setFlexGrow(2);
        table.addColumn(c -> numbers.format(c.initiatives()))
                .setHeader(getTranslation("home.chart.column.count"))
                .setTextAlign(ColumnTextAlign.END);
        table.setItems(counts);
        table.setAllRowsVisible(true);
        table.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        table.setAriaLabel(getTranslation("home.chart.title"));
        table.setId("initiative-figures");
        section.add(heading, chart, table);
    }
}
