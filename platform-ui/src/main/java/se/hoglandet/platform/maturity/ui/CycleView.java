package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One survey cycle: the respondent's answers ({@link AnswersSection}); the coordinator's invitations, reminders and
 * result ({@link CoordinationSection}); naming coordinators ({@link CoordinatorsSection}); links to the
 * organisation's and the federation's overviews. What the reader may do comes from the service's {@link CycleDetail}.
 */
@Route("maturity/cycles/" + RouteIds.ID)
@PermitAll
public class CycleView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final MaturityService maturity;
    private final OrganisationService organisations;
    private Long id;
    private String title = "";

    CycleView(MaturityService maturity, OrganisationService organisations) {
        this.maturity = maturity;
        this.organisations = organisations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, this::render);
    }

    private void render() {
        CycleDetail detail = maturity.detail(id);
        removeAll();
        title = detail.cycle().name();
        H2 heading = new H2(title);
        heading.setId("cycle-heading");
        add(
                heading,
                new Paragraph(detail.model().name() + " · "
                        + getTranslation(detail.open() ? "maturity.open" : "maturity.closed")),
                links(detail));
        if (detail.myResponse() != null) {
            add(new AnswersSection(maturity, detail, this::render));
        } else if (!detail.coordinator()) {
            add(howToTakePart(detail));
        }
        if (detail.coordinator()) {
            add(new CoordinationSection(maturity, detail, this::render));
        }
        if (!detail.mayNameCoordinatorFor().isEmpty()) {
            add(new CoordinatorsSection(maturity, detail, organisations.pickable()));
        }
    }

    private FlexLayout links(CycleDetail detail) {
        FlexLayout links = new FlexLayout();
        links.addClassName("toolbar");
        if (detail.takesPart()) {
            RouterLink own = new RouterLink(
                    getTranslation("maturity.ownResult"),
                    OrganisationResultView.class,
                    new RouteParameters(java.util.Map.of(
                            "id", String.valueOf(id), "organisation", String.valueOf(detail.myOrganisationId()))));
            own.setId("own-result");
            links.add(own);
        }
        RouterLink federation = new RouterLink(
                getTranslation("maturity.federationOverview"),
                FederationResultView.class,
                new RouteParameters("id", String.valueOf(id)));
        federation.setId("federation-overview");
        links.add(federation);
        return links;
    }

    /** For someone not invited: who coordinates their organisation's answers, or that it does not take part. */
    private Paragraph howToTakePart(CycleDetail detail) {
        Paragraph text = new Paragraph(
                !detail.takesPart()
                        ? getTranslation("maturity.notTakingPart")
                        : detail.myCoordinators().isEmpty()
                                ? getTranslation("maturity.notInvitedNoCoordinator")
                                : getTranslation("maturity.notInvited", String.join(", ", detail.myCoordinators())));
        text.setId("how-to-take-part");
        return text;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
