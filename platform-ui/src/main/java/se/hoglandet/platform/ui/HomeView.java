package se.hoglandet.platform.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import se.hoglandet.platform.initiative.InitiativeFigures;
import se.hoglandet.platform.overview.OverviewService;
import se.hoglandet.platform.overview.PlatformFigures;
import se.hoglandet.platform.worklist.WorklistService;

/**
 * The start page, "Mitt arbete": the tasks waiting for the person, what became readable since their last visit,
 * then what the platform holds in real figures (organisations and staff, initiatives by status and level).
 */
@Route("")
@Menu(title = "nav.home", order = 0)
@PermitAll
public class HomeView extends Main implements PortalView {

    HomeView(OverviewService overview, WorklistService worklist, InitiativeFigures initiatives) {
        addClassName("page");
        PlatformFigures figures = overview.figures();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());

        Paragraph intro = new Paragraph(getTranslation("home.intro"));

        Div cards = new Div(
                card(
                        "home.figure.organisations",
                        numbers.format(figures.activeOrganisations()),
                        "figure-organisations"),
                card("home.figure.people", numbers.format(figures.people()), "figure-people"));
        cards.addClassName("figure-cards");

        H2 perOrganisationHeading = new H2(getTranslation("home.perOrganisation"));
        perOrganisationHeading.setId("per-organisation-heading");
        Grid<PlatformFigures.OrganisationFigures> grid = new Grid<>();
        grid.addColumn(PlatformFigures.OrganisationFigures::name)
                .setHeader(getTranslation("home.column.organisation"))
                .setFlexGrow(2);
        grid.addColumn(row -> numbers.format(row.people()))
                .setHeader(getTranslation("home.column.people"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.setItems(figures.perOrganisation());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("home.perOrganisation"));
        grid.setId("per-organisation");

        add(
                intro,
                new WorkListSection(worklist.mine()),
                new WhatsNewSection(worklist.newSinceLastVisit()),
                cards,
                new Section(perOrganisationHeading, grid),
                new InitiativeChartSection(initiatives.byOrganisationStatusAndLevel()));
    }

    private Div card(String labelKey, String value, String id) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("figure-label");
        Div card = new Div(number, label);
        card.addClassName("figure-card");
        card.setId(id);
        return card;
    }

    @Override
    public String viewTitle() {
        return getTranslation("home.title");
    }
}
