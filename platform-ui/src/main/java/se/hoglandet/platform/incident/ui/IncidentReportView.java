package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentReport;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordNavigation;

/**
 * The incident form (the guidelines: report at once, also a suspicion). Opened from a tool or an initiative
 * ({@code incidents/new?tool=7}, {@code ?initiative=42}) it is linked to it already. It says before sending who it
 * will reach (the organisation's routing) and offers the federation's mailbox when that is nobody.
 */
@Route("incidents/new")
@PermitAll
public class IncidentReportView extends Main implements BeforeEnterObserver, PortalView {

    private final IncidentService incidents;
    private final ToolService tools;
    private final InitiativeService initiatives;

    IncidentReportView(IncidentService incidents, ToolService tools, InitiativeService initiatives) {
        this.incidents = incidents;
        this.tools = tools;
        this.initiatives = initiatives;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        IncidentReport blank = new IncidentReport(
                "", "", null, null, Formats.today(), false, id(parameters, "tool"), id(parameters, "initiative"));
        FormError error = new FormError();
        IncidentReportForm form = new IncidentReportForm(
                tools.catalogue(),
                query -> initiatives
                        .register(
                                InitiativeFilter.text(query.getFilter().orElse("")),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                this::readableInitiative);
        form.edit(blank);
        IncidentRoutingPanel routing = new IncidentRoutingPanel(incidents.whoWillBeTold());
        form.addSendListener(send -> {
            Incident[] reported = new Incident[1];
            if (error.attempt(() -> reported[0] = incidents.report(send.draft(), routing.tellFederation()))) {
                Feedback.done(this, "incident.reported");
                RecordNavigation.openAtTop(this, IncidentView.class, reported[0].id());
            }
        });
        form.addCancelListener(cancel -> getUI().ifPresent(ui -> ui.navigate(IncidentsView.class)));
        add(new H2(viewTitle()), new Paragraph(getTranslation("incident.report.intro")), routing, error, form);
    }

    private Optional<Initiative> readableInitiative(Long id) {
        return initiatives.canRead(id) ? Optional.of(initiatives.detail(id).initiative()) : Optional.empty();
    }

    /** An id from the address; anything else (a hand-edited address) is no link. */
    private static Long id(QueryParameters parameters, String name) {
        return parameters
                .getSingleParameter(name)
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
    }

    @Override
    public String viewTitle() {
        return getTranslation("incident.report.title");
    }
}
