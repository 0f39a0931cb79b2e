package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.GapHelp;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.OrganisationOverview;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One organisation's result in a cycle: a radar chart of its dimension scores against the federation average and
 * its previous cycle ({@link RadarChart}, with the same figures as a table), its strongest and weakest dimension, and
 * for the weakest what the platform offers: the academy's courses on the topic, other organisations' initiatives
 * and lessons in the area ("who is ahead of us here?"), networks to join and guidelines that address it.
 */
@Route("maturity/cycles/" + RouteIds.ID + "/organisations/" + RouteIds.ORGANISATION)
@PermitAll
public class OrganisationResultView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final MaturityService maturity;
    private String title = "";
    private Long cycleId;

    OrganisationResultView(MaturityService maturity) {
        this.maturity = maturity;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cycle = event.getRouteParameters().getLong("id").orElse(null);
        Long organisation = event.getRouteParameters().getLong("organisation").orElse(null);
        renderOrNotFound(event, () -> {
            CycleDetail detail = maturity.detail(cycle);
            cycleId = cycle;
            render(detail.model(), detail.cycle().name(), maturity.organisationOverview(cycle, organisation));
        });
    }

    private void render(ModelDefinition model, String cycleName, OrganisationOverview overview) {
        removeAll();
        title = overview.organisationName() + " – " + cycleName;
        H2 heading = new H2(title);
        heading.setId("result-heading");
        Paragraph progress = new Paragraph(
                getTranslation("maturity.progress", overview.answered(), overview.invited(), overview.missing()));
        progress.setId("result-progress");
        add(heading, progress, state(model, overview), table(model, overview));
        if (overview.strongest() != null) {
            Paragraph strongest = new Paragraph(getTranslation(
                    "maturity.strongest",
                    model.dimension(overview.strongest())
                            .map(ModelDefinition.Dimension::name)
                            .orElse(overview.strongest())));
            strongest.setId("strongest");
            add(strongest);
        }
        if (overview.weakest() != null) {
            model.dimension(overview.weakest()).ifPresent(dimension -> add(weakest(dimension)));
        }
    }

    /** The chart, or the sentence that says why there is none yet. */
    private com.vaadin.flow.component.Component state(ModelDefinition model, OrganisationOverview overview) {
        if (!overview.resultSubmitted()) {
            Paragraph waiting = new Paragraph(getTranslation("maturity.awaitingResult"));
            waiting.setId("result-waiting");
            return waiting;
        }
        if (overview.suppressed() || overview.scores().isEmpty()) {
            Paragraph suppressed =
                    new Paragraph(getTranslation("maturity.suppressed", overview.respondents(), overview.minimum()));
            suppressed.setId("result-suppressed");
            return suppressed;
        }
        return new com.vaadin.flow.component.html.Div(
                new Paragraph(getTranslation("maturity.respondentCount", overview.respondents())),
                new RadarChart(
                        model,
                        overview,
                        getTranslation("maturity.federationAverage"),
                        getTranslation("maturity.radar.label", overview.organisationName())));
    }

    /** The same figures as the chart, for screen readers and for reading exact values. */
    private Grid<ModelDefinition.Dimension> table(ModelDefinition model, OrganisationOverview overview) {
        Grid<ModelDefinition.Dimension> grid = new Grid<>();
        grid.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        grid.addColumn(d -> ChartOption.score(overview.scores().get(d.key()))).setHeader(overview.organisationName());
        grid.addColumn(d -> ChartOption.score(overview.federationAverage().get(d.key())))
                .setHeader(getTranslation("maturity.federationAverage"));
        if (!overview.previous().isEmpty()) {
            grid.addColumn(d -> ChartOption.score(overview.previous().get(d.key())))
                    .setHeader(overview.previousCycleName());
        }
        grid.addColumn(d -> overview.levels().get(d.key()) == null
                        ? ""
                        : getTranslation(
                                "maturity.levelPair",
                                overview.levels().get(d.key()).current(),
                                overview.levels().get(d.key()).target()))
                .setHeader(getTranslation("maturity.levels"));
        grid.setItems(model.dimensions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("maturity.table.label", overview.organisationName()));
        grid.setId("result-table");
        return grid;
    }

    /**
     * Links to other capabilities' lists, filtered to the dimension. By address, not by view class: the maturity
     * module does not depend on the academy, the register or the lessons (ADR 0008), it only points at them.
     */
    private Section weakest(ModelDefinition.Dimension dimension) {
        UnorderedList help = new UnorderedList();
        for (String topic : dimension.courseTopics()) {
            Anchor courses = new Anchor(
                    "academy?topic=" + topic,
                    getTranslation("maturity.help.courses", getTranslation("course.topic." + topic)));
            if (help.getChildren().findAny().isEmpty()) {
                courses.setId("weak-courses");
            }
            help.add(new ListItem(courses));
        }
        for (String area : dimension.initiativeAreas()) {
            help.add(new ListItem(new Anchor(
                    "initiatives?area=" + area,
                    getTranslation("maturity.help.initiatives", getTranslation("initiative.area." + area)))));
        }
        help.add(new ListItem(new Anchor("lessons", getTranslation("maturity.help.lessons"))));
        // Peers whose score in this dimension lies above the federation's average: their initiatives to learn from.
        for (Organisation peer : maturity.strongPeers(cycleId, dimension.key())) {
            Anchor initiatives = new Anchor(
                    "initiatives?organisation=" + peer.code(), getTranslation("maturity.help.peer", peer.name()));
            initiatives.addClassName("strong-peer");
            help.add(new ListItem(initiatives));
        }
        // Networks to join and guidelines that govern it, found by the other capabilities through the model's
        // mapping (GapHelp); only what the reader may read.
        for (GapHelp.Link link : maturity.gapHelp(cycleId, dimension.key())) {
            Anchor suggestion = new Anchor(link.path(), getTranslation("maturity.help." + link.kind(), link.title()));
            suggestion.addClassName("gap-" + link.kind());
            help.add(new ListItem(suggestion));
        }
        Section section = new Section(
                new H2(getTranslation("maturity.weakest", dimension.name())),
                new Paragraph(getTranslation("maturity.weakest.help")),
                help);
        section.addClassName("initiative-section");
        section.setId("weakest");
        return section;
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
