package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.picture.CollaborationArea;
import se.hoglandet.platform.picture.FederationLevels;
import se.hoglandet.platform.picture.LevelDecision;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;

/**
 * Every organisation's chosen collaboration levels side by side: a table (organisation × area, the level in force
 * with its decision as a tooltip) and the same as a grouped bar chart. Chosen levels are political decisions, so
 * anyone signed in may compare them; the organisation's name links to its picture where the reader may open it.
 */
@Route("picture/federation")
@PermitAll
public class FederationLevelsView extends Main implements PortalView, PageParts {

    private final PictureService pictures;

    FederationLevelsView(PictureService pictures) {
        this.pictures = pictures;
        addClassName("page");
        FederationLevels levels = pictures.federationLevels();
        H2 heading = new H2(viewTitle());
        heading.setId("federation-levels-heading");
        add(heading, new Paragraph(getTranslation("picture.federation.intro")), chart(levels), table(levels));
    }

    private Grid<Organisation> table(FederationLevels levels) {
        Grid<Organisation> grid = new Grid<>();
        grid.addComponentColumn(this::organisationLink)
                .setHeader(getTranslation("picture.organisation"))
                .setFlexGrow(2);
        for (CollaborationArea area : levels.areas()) {
            grid.addComponentColumn(o -> levelCell(
                            levels.decisions().getOrDefault(o.id(), Map.of()).get(area.key())))
                    .setHeader(PictureTexts.area(area))
                    .setFlexGrow(1);
        }
        grid.setItems(levels.organisations());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setEmptyStateText(getTranslation("picture.federation.none"));
        grid.setAriaLabel(getTranslation("picture.federation.table"));
        grid.setId("federation-levels");
        return grid;
    }

    private Component organisationLink(Organisation organisation) {
        if (!pictures.mayRead(organisation.id())) {
            return new Span(organisation.name());
        }
        return new RouterLink(
                organisation.name(),
                PictureView.class,
                new RouteParameters("organisation", String.valueOf(organisation.id())));
    }

    private Span levelCell(LevelDecision decision) {
        if (decision == null) {
            return new Span(getTranslation("picture.level.none"));
        }
        Span cell =
                new Span(getTranslation("picture.level.number", decision.level().number()));
        cell.setTitle(PictureTexts.level(this, decision.level()));
        return cell;
    }

    private Component chart(FederationLevels levels) {
        if (levels.decisions().isEmpty()) {
            return new Paragraph(getTranslation("picture.federation.none"));
        }
        List<String> areas = levels.areas().stream().map(PictureTexts::area).toList();
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (Organisation organisation : levels.organisations()) {
            Map<String, LevelDecision> decided = levels.decisions().getOrDefault(organisation.id(), Map.of());
            series.put(
                    organisation.name(),
                    levels.areas().stream()
                            .map(a -> decided.get(a.key()) == null
                                    ? null
                                    : decided.get(a.key()).level().number())
                            .toList());
        }
        var chart = PictureCharts.groupedBars(areas, series, 4, getTranslation("picture.federation.chart"));
        chart.setId("federation-levels-chart");
        return chart;
    }

    @Override
    public String viewTitle() {
        return getTranslation("picture.federation.title");
    }
}
