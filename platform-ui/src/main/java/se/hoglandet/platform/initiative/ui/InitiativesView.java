package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;

/**
 * The initiative register: a lazy, paged grid of what the user may read, with filters and sorting. The filters
 * live in the URL (e.g. {@code initiatives?area=EDUCATION&status=PILOT}), so a view can be bookmarked and shared.
 */
@Route("initiatives")
@Menu(title = "nav.initiatives", order = 20)
@PermitAll
public class InitiativesView extends Main implements BeforeEnterObserver, PortalView {

    private final Grid<RegisterRow> grid = new Grid<>();
    private final InitiativeFilters filters;

    InitiativesView(InitiativeService initiatives, OrganisationService organisations) {
        addClassName("page");
        filters = new InitiativeFilters(organisations.pickable(), this::filtersChanged);
        FlexLayout toolbar = new FlexLayout();
        toolbar.addClassName("toolbar");
        if (initiatives.mayCreate()) {
            Button add = new Button(
                    getTranslation("initiatives.new"),
                    VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(InitiativeEditView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("new-initiative");
            toolbar.add(add);
        }
        // The public register is server-rendered for everyone, outside the signed-in portal's routes.
        Anchor publicRegister = new Anchor("/public/initiatives", getTranslation("initiatives.publicRegister"));
        publicRegister.addClassName("toolbar-link");
        publicRegister.setRouterIgnore(true); // the public site is server-rendered, not a Vaadin route
        toolbar.add(publicRegister);
        columns();
        grid.setItems(query -> initiatives
                .register(filters.filter(), newestFirstAmongEquals(VaadinSpringDataHelpers.toSpringPageRequest(query)))
                .map(RegisterRow::of)
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("initiatives.title"));
        grid.setId("initiatives");
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("initiatives.empty"));
        add(toolbar, filters, grid);
    }

    private void columns() {
        // Templates, not components, in the cells: a component per cell costs a state node on the server and an
        // element round trip in the browser for every row the grid fetches.
        grid.addColumn(LitRenderer.<RegisterRow>of("<a router-link href=\"initiatives/${item.id}\">${item.title}</a>")
                        .withProperty("id", RegisterRow::id)
                        .withProperty("title", RegisterRow::title))
                .setHeader(getTranslation("initiatives.column.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3)
                .setAutoWidth(false);
        grid.addColumn(RegisterRow::owner)
                .setHeader(getTranslation("initiatives.column.owner"))
                .setKey("ownerOrganisation.name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> EnumLabel.of(this, "initiative.area", row.area()))
                .setHeader(getTranslation("initiatives.column.area"))
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<RegisterRow>of("<span theme=\"${item.theme}\">${item.status}</span>")
                        .withProperty("status", row -> EnumLabel.of(this, "initiative.status", row.status()))
                        .withProperty("theme", row -> Labels.statusTheme(row.status())))
                .setHeader(getTranslation("initiatives.column.status"))
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(RegisterRow::level)
                .setHeader(getTranslation("initiatives.column.level"))
                .setKey("collaborationLevel")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(row -> EnumLabel.of(this, "initiative.riskGroup", row.riskGroup()))
                .setHeader(getTranslation("initiatives.column.riskGroup"))
                .setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.updatedAt().atZone(Formats.ZONE).toLocalDate()))
                .setHeader(getTranslation("initiatives.column.updated"))
                .setKey("updatedAt")
                .setSortable(true)
                .setAutoWidth(true);
    }

    /**
     * What a row shows, and nothing more: the grid keeps the rows the browser holds for as long as the session
     * lives, and a whole initiative (summary, texts, collections) is several times the size of its row.
     */
    private record RegisterRow(
            Long id,
            String title,
            String owner,
            Area area,
            InitiativeStatus status,
            int level,
            RiskGroup riskGroup,
            Instant updatedAt) {

        static RegisterRow of(Initiative initiative) {
            return new RegisterRow(
                    initiative.id(),
                    initiative.title(),
                    initiative.ownerOrganisation().name(),
                    initiative.area(),
                    initiative.status(),
                    initiative.collaborationLevel().number(),
                    initiative.riskGroup(),
                    initiative.updatedAt());
        }
    }

    /** Rows that sort alike keep one order from page to page: the newest first among them. */
    private static PageRequest newestFirstAmongEquals(PageRequest page) {
        return page.getSort().isSorted() ? page.withSort(page.getSort().and(Sort.by(Sort.Direction.DESC, "id"))) : page;
    }

    private void filtersChanged() {
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        new Location(
                                RouteConfiguration.forSessionScope().getUrl(InitiativesView.class),
                                filters.toParameters())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.read(event.getLocation().getQueryParameters());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String viewTitle() {
        return getTranslation("initiatives.title");
    }
}
