package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * The federation's picture of a cycle: for federation staff a heatmap of organisation × dimension and response
 * rates per organisation; for everyone the federation average, the trend per dimension over the cycles of the model
 * and the distribution of stated collaboration levels. Every chart has its figures in a table; CSV download.
 */
@Route("maturity/cycles/" + RouteIds.ID + "/federation")
@PermitAll
public class FederationResultView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final MaturityService maturity;
    private String title = "";

    FederationResultView(MaturityService maturity) {
        this.maturity = maturity;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cycle = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> {
            render(maturity.federationOverview(cycle));
        });
    }

    private void render(FederationOverview overview) {
        removeAll();
        ModelDefinition model = overview.model();
        title = getTranslation("maturity.federationOverview") + " – "
                + overview.cycle().name();
        H2 heading = new H2(title);
        heading.setId("federation-heading");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = maturity.overviewCsv(overview.cycle().id()).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "mognad.csv", "text/csv;charset=UTF-8", bytes.length);
                }),
                getTranslation("maturity.csv"));
        csv.setId("maturity-csv");
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = maturity.overviewPdf(overview.cycle().id());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), "mognad.pdf", "application/pdf", bytes.length);
                }),
                getTranslation("maturity.pdf"));
        pdf.setId("maturity-pdf");
        com.vaadin.flow.component.orderedlayout.FlexLayout downloads =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(csv, pdf);
        downloads.addClassName("toolbar");
        add(
                heading,
                new Paragraph(getTranslation("maturity.responses", overview.submitted(), overview.invited())),
                downloads);
        if (!overview.rows().isEmpty()) {
            add(heatmap(overview));
            add(rates(overview));
        }
        add(trend(overview));
        add(levels(overview));
    }

    private Section heatmap(FederationOverview overview) {
        ModelDefinition model = overview.model();
        List<FederationOverview.Row> rows = overview.rows();
        List<String> cells = new ArrayList<>();
        for (int y = 0; y < rows.size(); y++) {
            for (int x = 0; x < model.dimensions().size(); x++) {
                BigDecimal value =
                        rows.get(y).scores().get(model.dimensions().get(x).key());
                if (value != null) {
                    cells.add("[" + x + "," + y + "," + value.toPlainString() + "]");
                }
            }
        }
        String option = "{\"animation\":false,\"tooltip\":{},\"grid\":{\"left\":140,\"bottom\":90,\"top\":16},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + names(model) + "],\"axisLabel\":{\"rotate\":30}},"
                + "\"yAxis\":{\"type\":\"category\",\"data\":["
                + rows.stream().map(r -> EChart.quote(r.organisationName())).collect(Collectors.joining(",")) + "]},"
                + "\"visualMap\":{\"min\":1,\"max\":5,\"calculable\":false,\"orient\":\"horizontal\",\"left\":\"center\",\"bottom\":0},"
                + "\"series\":[{\"name\":" + EChart.quote(getTranslation("maturity.heatmap")) + ",\"type\":\"heatmap\","
                + "\"label\":{\"show\":true},\"data\":[" + String.join(",", cells) + "]}]}";
        EChart chart = new EChart(option, getTranslation("maturity.heatmap.label"));
        chart.addClassNames("maturity-chart", "wide");
        chart.setId("heatmap");
        Grid<FederationOverview.Row> table = new Grid<>();
        table.addColumn(FederationOverview.Row::organisationName)
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        for (ModelDefinition.Dimension d : model.dimensions()) {
            table.addColumn(r -> r.suppressed()
                            ? getTranslation("maturity.tooFew")
                            : text(r.scores().get(d.key())))
                    .setHeader(d.name());
        }
        table.setItems(rows);
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("maturity.heatmap"));
        table.setId("heatmap-table");
        Section section = new Section(new H2(getTranslation("maturity.heatmap")), chart, table);
        section.addClassName("initiative-section");
        return section;
    }

    private Section rates(FederationOverview overview) {
        Grid<FederationOverview.Rate> grid = new Grid<>();
        grid.addColumn(FederationOverview.Rate::organisationName).setHeader(getTranslation("course.field.organiser"));
        grid.addColumn(FederationOverview.Rate::invited).setHeader(getTranslation("maturity.status.INVITED"));
        grid.addColumn(FederationOverview.Rate::started).setHeader(getTranslation("maturity.status.STARTED"));
        grid.addColumn(FederationOverview.Rate::submitted).setHeader(getTranslation("maturity.status.SUBMITTED"));
        grid.addColumn(r -> getTranslation(r.resultSubmitted() ? "answer.YES" : "answer.NO"))
                .setHeader(getTranslation("maturity.resultSubmitted"));
        grid.setItems(overview.rates());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("maturity.rates"));
        Section section = new Section(new H2(getTranslation("maturity.rates")), grid);
        section.addClassName("initiative-section");
        return section;
    }

    private Section trend(FederationOverview overview) {
        ModelDefinition model = overview.model();
        String x = overview.trendCycles().stream().map(EChart::quote).collect(Collectors.joining(","));
        String series = model.dimensions().stream()
                .map(d -> "{\"name\":" + EChart.quote(d.name())
                        + ",\"type\":\"line\",\"data\":["
                        + overview.trend().get(d.key()).stream()
                                .map(v -> v == null ? "null" : v.toPlainString())
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(","));
        String option = "{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":48,\"right\":16,\"top\":16,\"bottom\":80},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + x
                + "]},\"yAxis\":{\"type\":\"value\",\"min\":1,\"max\":5},"
                + "\"series\":[" + series + "]}";
        EChart chart = new EChart(option, getTranslation("maturity.trend.label"));
        chart.addClassNames("maturity-chart", "wide");
        chart.setId("trend");
        Grid<ModelDefinition.Dimension> table = new Grid<>();
        table.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        IntStream.range(0, overview.trendCycles().size())
                .forEach(i -> table.addColumn(
                                d -> text(overview.trend().get(d.key()).get(i)))
                        .setHeader(overview.trendCycles().get(i)));
        table.setItems(model.dimensions());
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("maturity.trend"));
        table.setId("trend-table");
        Section section = new Section(new H2(getTranslation("maturity.trend")), chart, table);
        section.addClassName("initiative-section");
        return section;
    }

    private Section levels(FederationOverview overview) {
        ModelDefinition model = overview.model();
        String series = IntStream.rangeClosed(1, 4)
                .mapToObj(level -> "{\"name\":"
                        + EChart.quote(getTranslation(
                                "initiative.level.short", level, getTranslation("initiative.level." + level)))
                        + ",\"type\":\"bar\","
                        + "\"stack\":\"levels\",\"data\":["
                        + model.dimensions().stream()
                                .map(d -> String.valueOf(overview.levelCounts().get(d.key())[level - 1]))
                                .collect(Collectors.joining(","))
                        + "]}")
                .collect(Collectors.joining(","));
        String option = "{\"animation\":false,\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"bottom\":0},"
                + "\"grid\":{\"left\":48,\"right\":16,\"top\":16,\"bottom\":110},"
                + "\"xAxis\":{\"type\":\"category\",\"data\":[" + names(model) + "],\"axisLabel\":{\"rotate\":30}},"
                + "\"yAxis\":{\"type\":\"value\",\"minInterval\":1},\"series\":[" + series + "]}";
        EChart chart = new EChart(option, getTranslation("maturity.levelDistribution.label"));
        chart.addClassNames("maturity-chart", "wide");
        chart.setId("levels");
        Grid<ModelDefinition.Dimension> table = new Grid<>();
        table.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        IntStream.rangeClosed(1, 4)
                .forEach(level -> table.addColumn(d -> overview.levelCounts().get(d.key())[level - 1])
                        .setHeader(getTranslation("maturity.levelNumber", level)));
        table.setItems(model.dimensions());
        table.setAllRowsVisible(true);
        table.setAriaLabel(getTranslation("maturity.levelDistribution"));
        Section section = new Section(new H2(getTranslation("maturity.levelDistribution")), chart, table);
        section.addClassName("initiative-section");
        return section;
    }

    private static String names(ModelDefinition model) {
        return model.dimensions().stream().map(d -> EChart.quote(d.name())).collect(Collectors.joining(","));
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
