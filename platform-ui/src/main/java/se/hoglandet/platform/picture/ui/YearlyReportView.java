package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.picture.YearlyReport;
import se.hoglandet.platform.picture.YearlyReportService;
import se.hoglandet.platform.shared.pdf.PdfRenderer;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * The yearly report to the board for a chosen year, as an accessible page and as a PDF/UA for the diary (the same
 * report, through the platform's renderer): an organisation's ({@code ?organisation=id}) for its municipal board,
 * or — without an organisation — the federation's for its board (federation staff).
 */
@Route("picture/report")
@PermitAll
public class YearlyReportView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final YearlyReportService reports;
    private Long organisationId;
    private String title = "";

    YearlyReportView(YearlyReportService reports) {
        this.reports = reports;
        addClassName("page");
        addClassName("report-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        organisationId = first(parameters, "organisation");
        Long year = first(parameters, "year");
        List<Integer> years = reports.years();
        int chosen = year == null || !years.contains(year.intValue()) ? years.getFirst() : year.intValue();
        renderOrNotFound(event, () -> render(years, chosen));
    }

    private void render(List<Integer> years, int year) {
        YearlyReport report = organisationId == null
                ? reports.federationReport(year)
                : reports.organisationReport(organisationId, year);
        removeAll();
        title = report.isFederation()
                ? getTranslation("report.title.federation", year)
                : getTranslation("report.title", report.organisation().name(), year);
        H2 heading = new H2(title);
        heading.setId("report-heading");
        add(heading, toolbar(years, year, report), new Paragraph(getTranslation("report.intro")));
        add(new YearlyReportContent(report));
    }

    private FlexLayout toolbar(List<Integer> years, int year, YearlyReport report) {
        Select<Integer> chooser = new Select<>();
        chooser.setLabel(getTranslation("report.year"));
        chooser.setItems(years);
        chooser.setValue(year);
        chooser.setId("report-year");
        chooser.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                Map<String, String> parameters = new HashMap<>();
                parameters.put("year", String.valueOf(chosen.getValue()));
                if (organisationId != null) {
                    parameters.put("organisation", String.valueOf(organisationId));
                }
                getUI().ifPresent(ui -> ui.navigate(YearlyReportView.class, QueryParameters.simple(parameters)));
            }
        });
        Anchor pdf = DownloadLink.of(
                getTranslation("report.pdf"),
                fileName(report),
                PdfRenderer.MEDIA_TYPE,
                () -> PdfRenderer.render(new YearlyReportPdf(this).document(report)));
        pdf.setId("report-pdf");
        FlexLayout toolbar = new FlexLayout(chooser, pdf);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);
        return toolbar;
    }

    private static String fileName(YearlyReport report) {
        return "arsrapport-"
                + (report.isFederation() ? "forbundet" : report.organisation().code()) + "-" + report.year() + ".pdf";
    }

    /** A whole-number query parameter, or null when absent or not a number. */
    private static Long first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty() || !values.getFirst().matches("[0-9]{1,9}")) {
            return null;
        }
        return Long.valueOf(values.getFirst());
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
