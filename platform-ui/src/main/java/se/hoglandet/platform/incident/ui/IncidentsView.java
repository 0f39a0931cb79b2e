package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentFilter;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;

/**
 * Incidents the user may read: those they reported, all of their organisation's if they handle incidents, and those
 * shared with them; newest change first, lazily paged. Anyone reports one from here.
 */
@Route("incidents")
@Menu(title = "nav.incidents", order = 28)
@PermitAll
public class IncidentsView extends Main implements PortalView {

    IncidentsView(IncidentService incidents) {
        addClassName("page");
        H2 heading = new H2(getTranslation("incidents.title"));
        Paragraph intro = new Paragraph(getTranslation("incidents.intro"));
        RouterLink report = new RouterLink(getTranslation("incident.action.report"), IncidentReportView.class);
        report.setId("report-incident");
        report.addClassName("primary-link");
        ComboBox<IncidentStatus> status = new ComboBox<>(getTranslation("incidents.filter.status"));
        status.setItems(IncidentStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "incident.status", s));
        status.setClearButtonVisible(true);
        FlexLayout toolbar = new FlexLayout(report, status);
        toolbar.addClassName("toolbar");
        toolbar.setAlignItems(FlexLayout.Alignment.BASELINE);

        Grid<Incident> grid = new Grid<>();
        grid.addComponentColumn(i -> new RouterLink(
                        i.title(), IncidentView.class, new RouteParameters("id", String.valueOf(i.id()))))
                .setHeader(getTranslation("incident.field.title"))
                .setFlexGrow(3);
        grid.addColumn(i -> EnumLabel.of(this, "incident.kind", i.kind()))
                .setHeader(getTranslation("incident.field.kind"))
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "incident.severity", i.severity()))
                .setHeader(getTranslation("incident.field.severity"))
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "incident.status", i.status()))
                .setHeader(getTranslation("incident.field.status"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.ownerOrganisation().name())
                .setHeader(getTranslation("incident.field.organisation"))
                .setAutoWidth(true);
        grid.addColumn(i -> Formats.date(i.createdAt().atZone(Formats.ZONE).toLocalDate()))
                .setHeader(getTranslation("incident.field.reported"))
                .setAutoWidth(true);
        grid.setItems(query -> incidents
                .list(
                        new IncidentFilter(status.getValue(), null, null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("incidents.title"));
        grid.setEmptyStateText(getTranslation("incidents.empty"));
        grid.setId("incidents");
        grid.setHeight("60vh");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(heading, intro, toolbar, grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("incidents.title");
    }
}
