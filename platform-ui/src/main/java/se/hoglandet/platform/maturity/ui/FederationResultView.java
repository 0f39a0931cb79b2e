package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.maturity.FederationOverview;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * The federation's picture of a cycle: for federation staff the heatmap of organisation × dimension and the response
 * rates per organisation; for everyone the trend per dimension over the cycles of the model and the distribution of
 * stated collaboration levels. Every chart has its figures in a table; CSV and PDF downloads.
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
        renderOrNotFound(event, () -> render(maturity.federationOverview(cycle)));
    }

    private void render(FederationOverview overview) {
        removeAll();
        Long cycle = overview.cycle().id();
        title = getTranslation("maturity.federationOverview") + " – "
                + overview.cycle().name();
        H2 heading = new H2(title);
        heading.setId("federation-heading");
        Anchor csv = DownloadLink.of(
                getTranslation("maturity.csv"),
                "mognad.csv",
                "text/csv;charset=UTF-8",
                () -> maturity.overviewCsv(cycle).getBytes(StandardCharsets.UTF_8));
        csv.setId("maturity-csv");
        Anchor pdf = DownloadLink.of(
                getTranslation("maturity.pdf"), "mognad.pdf", "application/pdf", () -> maturity.overviewPdf(cycle));
        pdf.setId("maturity-pdf");
        FlexLayout downloads = new FlexLayout(csv, pdf);
        downloads.addClassName("toolbar");
        add(
                heading,
                new Paragraph(getTranslation("maturity.responses", overview.submitted(), overview.invited())),
                downloads);
        // Organisation rows and rates are given to federation staff only.
        if (!overview.rows().isEmpty()) {
            add(new HeatmapSection(overview), section("maturity.rates", rates(overview)));
        }
        add(new TrendSection(overview), new LevelsSection(overview));
    }

    private Grid<FederationOverview.Rate> rates(FederationOverview overview) {
        Grid<FederationOverview.Rate> grid = new Grid<>();
        grid.addColumn(FederationOverview.Rate::organisationName)
                .setHeader(getTranslation("course.field.organiser"))
                .setFlexGrow(2);
        grid.addColumn(FederationOverview.Rate::invited).setHeader(getTranslation("maturity.column.invited"));
        grid.addColumn(FederationOverview.Rate::started).setHeader(getTranslation("maturity.column.started"));
        grid.addColumn(FederationOverview.Rate::submitted).setHeader(getTranslation("maturity.column.submitted"));
        grid.addColumn(r -> getTranslation(r.resultSubmitted() ? "answer.YES" : "answer.NO"))
                .setHeader(getTranslation("maturity.resultSubmitted"));
        grid.setItems(overview.rates());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("maturity.rates"));
        grid.setId("rates");
        return grid;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
