package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.grid.Grid;
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
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.OrganisationOverview;
import se.hoglandet.platform.ui.EChart;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;

/**
 * One organisation's result in a cycle: a radar chart of its dimension scores against the federation average and
 * its previous cycle (with the same figures as a table), its strongest and weakest dimension, and for the weakest
 * what the platform offers: the academy's courses on the topic, and other organisations' initiatives and lessons in
 * the area ("who is ahead of us here?").
 */
@Route("maturity/cycles/" + RouteIds.ID + "/organisations/" + RouteIds.ORGANISATION)
@PermitAll
public class OrganisationResultView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final MaturityService maturity;
    private String title = "";

    OrganisationResultView(MaturityService maturity) {
        this.maturity = maturity;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long cycle = event.getRouteParameters().getLong("id").orElse(null);
        Long organisation = event.getRouteParameters().getLong("organisation").orElse(null);
        renderOrNotFound(event, () -> {
            render(
                    maturity.detail(cycle).model(),
                    maturity.detail(cycle).cycle().name(),
                    maturity.organisationOverview(cycle, organisation));
        });
    }

    private void render(ModelDefinition model, String cycleName, OrganisationOverview overview) {
        removeAll();
        title = overview.organisationName() + " – " + cycleName;
        H2 heading = new H2(title);
        heading.setId("result-heading");
        add(heading);
        Paragraph progress = new Paragraph(
                getTranslation("maturity.progress", overview.answered(), overview.invited(), overview.missing()));
        progress.setId("result-progress");
        add(progress);
        if (!overview.resultSubmitted()) {
            Paragraph waiting = new Paragraph(getTranslation("maturity.awaitingResult"));
            waiting.setId("result-waiting");
            add(waiting);
        } else if (overview.suppressed()) {
            add(new Paragraph(getTranslation("maturity.suppressed", overview.respondents(), overview.minimum())));
        } else {
            add(new Paragraph(getTranslation("maturity.respondentCount", overview.respondents())));
            add(radar(model, overview));
        }
        add(table(model, overview));
        if (overview.strongest() != null) {
            Paragraph strongest =
                    new Paragraph(getTranslation("maturity.strongest", name(model, overview.strongest())));
            strongest.setId("strongest");
            add(strongest);
        }
        if (overview.weakest() != null) {
            add(weakest(model, overview.weakest()));
        }
    }

    private EChart radar(ModelDefinition model, OrganisationOverview overview) {
        String indicators = model.dimensions().stream()
                .map(d -> "{\"name\":" + EChart.quote(d.name()) + ",\"max\":5}")
                .collect(Collectors.joining(","));
        StringBuilder series = new StringBuilder();
        series.append(serie(overview.organisationName(), model, overview.scores()));
        if (!overview.federationAverage().isEmpty()) {
            series.append(',')
                    .append(serie(getTranslation("maturity.federationAverage"), model, overview.federationAverage()));
        }
        if (!overview.previous().isEmpty()) {
            series.append(',').append(serie(overview.previousCycleName(), model, overview.previous()));
        }
        String option = "{\"animation\":false,\"legend\":{\"bottom\":0},\"tooltip\":{},\"radar\":{\"indicator\":["
                + indicators + "]},\"series\":[{\"type\":\"radar\",\"data\":[" + series + "]}]}";
        EChart chart = new EChart(option, getTranslation("maturity.radar.label", overview.organisationName()));
        chart.addClassName("maturity-chart");
        chart.setId("radar");
        return chart;
    }

    private static String serie(String name, ModelDefinition model, Map<String, BigDecimal> scores) {
        return "{\"name\":" + EChart.quote(name) + ",\"value\":["
                + model.dimensions().stream()
                        .map(d -> scores.get(d.key()) == null
                                ? "0"
                                : scores.get(d.key()).toPlainString())
                        .collect(Collectors.joining(","))
                + "]}";
    }

    /** The same figures as the chart, for screen readers and for reading exact values. */
    private Grid<ModelDefinition.Dimension> table(ModelDefinition model, OrganisationOverview overview) {
        Grid<ModelDefinition.Dimension> grid = new Grid<>();
        grid.addColumn(ModelDefinition.Dimension::name)
                .setHeader(getTranslation("maturity.dimension"))
                .setFlexGrow(2);
        grid.addColumn(d -> text(overview.scores().get(d.key()))).setHeader(overview.organisationName());
        grid.addColumn(d -> text(overview.federationAverage().get(d.key())))
                .setHeader(getTranslation("maturity.federationAverage"));
        if (!overview.previous().isEmpty()) {
            grid.addColumn(d -> text(overview.previous().get(d.key()))).setHeader(overview.previousCycleName());
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
        grid.setAriaLabel(getTranslation("maturity.table.label", overview.organisationName()));
        grid.setId("result-table");
        return grid;
    }

    private Section weakest(ModelDefinition model, String key) {
        ModelDefinition.Dimension dimension = model.dimension(key).orElseThrow();
        Section section = new Section(new H2(getTranslation("maturity.weakest", dimension.name())));
        section.addClassName("initiative-section");
        section.setId("weakest");
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
        section.add(new Paragraph(getTranslation("maturity.weakest.help")), help);
        return section;
    }

    private static String name(ModelDefinition model, String key) {
        return model.dimension(key).map(ModelDefinition.Dimension::name).orElse(key);
    }

    private static String text(BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
