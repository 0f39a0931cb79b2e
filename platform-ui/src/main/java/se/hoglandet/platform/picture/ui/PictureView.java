package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.maturity.ExternalResultService;
import se.hoglandet.platform.picture.OrganisationPicture;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One organisation's AI picture, for its own people and federation staff: its chosen collaboration levels, its
 * goals and where they stand, the capabilities' figures (each with a link and, for distributions, a chart) and its
 * maturity, own and external, over the years. Links to its yearly report and the federation's comparison.
 */
@Route("picture/" + RouteIds.ORGANISATION)
@PermitAll
public class PictureView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final PictureService pictures;
    private final ExternalResultService external;
    private Long organisationId;
    private String title = "";

    PictureView(PictureService pictures, ExternalResultService external) {
        this.pictures = pictures;
        this.external = external;
        addClassName("page");
        addClassName("picture-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisationId = event.getRouteParameters().getLong("organisation").orElse(null);
        renderOrNotFound(event, this::reload);
    }

    private void reload() {
        render(pictures.picture(organisationId));
    }

    private void render(OrganisationPicture picture) {
        removeAll();
        title = getTranslation("picture.title", picture.organisation().name());
        H2 heading = new H2(title);
        heading.setId("picture-heading");
        add(heading, new Paragraph(getTranslation("picture.intro")), links());
        add(section(
                "picture.section.levels",
                new LevelsPanel(pictures, picture.levels(), picture.mayEdit(), this::reload)));
        add(section(
                "picture.section.goals",
                new GoalsPanel(
                        pictures,
                        picture.goals(),
                        GoalForm.dimensionsOf(picture.maturity().own()),
                        picture.mayEdit(),
                        this::reload)));
        add(section("picture.section.figures", new FiguresPanel(picture.figures())));
        add(section("picture.section.maturity", new MaturityPanel(picture.maturity())));
        add(new ExternalResultsPanel(external, organisationId, this::reload));
    }

    private FlexLayout links() {
        RouterLink report = new RouterLink(getTranslation("report.open"), YearlyReportView.class);
        report.setQueryParameters(QueryParameters.of("organisation", String.valueOf(organisationId)));
        report.setId("open-report");
        RouterLink federation = new RouterLink(getTranslation("picture.federation.open"), FederationLevelsView.class);
        federation.setId("open-federation");
        FlexLayout links = new FlexLayout(report, federation);
        links.addClassName("toolbar");
        return links;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
