package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeFilter;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;

/**
 * The initiative register: a lazy, paged grid of what the user may read, with filters and sorting. The filters
 * live in the URL (e.g. {@code initiatives?area=EDUCATION&status=PILOT}), so a view can be bookmarked and shared.
 */
@Route("initiatives")
@Menu(title = "nav.initiatives", order = 20)
@PermitAll
public class InitiativesView extends Main implements BeforeEnterObserver, PortalView {

    private final InitiativeService initiatives;
    private final Grid<Initiative> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<Area> area = new ComboBox<>();
    private final ComboBox<InitiativeStatus> status = new ComboBox<>();
    private final ComboBox<CollaborationLevel> level = new ComboBox<>();
    private final ComboBox<RiskGroup> riskGroup = new ComboBox<>();
    private final ComboBox<DataClass> dataClass = new ComboBox<>();
    private final ComboBox<AiType> aiType = new ComboBox<>();
    private boolean readingUrl;

    InitiativesView(InitiativeService initiatives, OrganisationService organisations) {
        this.initiatives = initiatives;
        addClassName("page");

        text.setLabel(getTranslation("initiatives.filter.text"));
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        organisation.setLabel(getTranslation("initiatives.filter.organisation"));
        organisation.setId("filter-organisation");
        organisation.setItems(organisations.pickable());
        organisation.setItemLabelGenerator(Organisation::name);
        enumFilter(area, "area", Area.values(), "initiative.area");
        enumFilter(status, "status", InitiativeStatus.values(), "initiative.status");
        level.setLabel(getTranslation("initiatives.filter.level"));
        level.setId("filter-level");
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number())));
        enumFilter(riskGroup, "riskGroup", RiskGroup.values(), "initiative.riskGroup");
        enumFilter(dataClass, "dataClass", DataClass.values(), "initiative.dataClass");
        enumFilter(aiType, "aiType", AiType.values(), "initiative.aiType");
        text.addValueChangeListener(change -> filtersChanged());
        organisation.addValueChangeListener(change -> filtersChanged());
        List.<ComboBox<? extends Enum<?>>>of(area, status, level, riskGroup, dataClass, aiType)
                .forEach(box -> box.addValueChangeListener(change -> filtersChanged()));

        FlexLayout filters = new FlexLayout(text, organisation, area, status, level, riskGroup, dataClass, aiType);
        filters.addClassName("filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

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
        Anchor publicRegister = new Anchor("/public/initiatives", getTranslation("initiatives.publicRegister"));
        publicRegister.addClassName("toolbar-link");
        publicRegister.setRouterIgnore(true); // the public site is server-rendered, not a Vaadin route
        toolbar.add(publicRegister);

        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        grid.addComponentColumn(i -> new Anchor("initiatives/" + i.id(), i.title()))
                .setHeader(getTranslation("initiatives.column.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3)
                .setAutoWidth(false);
        grid.addColumn(i -> i.ownerOrganisation().name())
                .setHeader(getTranslation("initiatives.column.owner"))
                .setKey("ownerOrganisation.name")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "initiative.area", i.area()))
                .setHeader(getTranslation("initiatives.column.area"))
                .setAutoWidth(true);
        grid.addComponentColumn(i -> Labels.statusBadge(this, i.status()))
                .setHeader(getTranslation("initiatives.column.status"))
                .setKey("status")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(i -> i.collaborationLevel().number())
                .setHeader(getTranslation("initiatives.column.level"))
                .setKey("collaborationLevel")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(i -> EnumLabel.of(this, "initiative.riskGroup", i.riskGroup()))
                .setHeader(getTranslation("initiatives.column.riskGroup"))
                .setAutoWidth(true);
        grid.addColumn(i -> date.format(i.updatedAt().atZone(SwedishTime.ZONE)))
                .setHeader(getTranslation("initiatives.column.updated"))
                .setKey("updatedAt")
                .setSortable(true)
                .setAutoWidth(true);
        grid.setItems(query -> initiatives
                .register(filter(), PageRequest.of(query.getPage(), query.getPageSize(), sort(query.getSortOrders())))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("initiatives.title"));
        grid.setId("initiatives");
        grid.setHeight("60vh");
        grid.setEmptyStateText(getTranslation("initiatives.empty"));
        add(toolbar, filters, grid);
    }

    private <E extends Enum<E>> void enumFilter(ComboBox<E> box, String name, E[] values, String labelPrefix) {
        box.setLabel(getTranslation("initiatives.filter." + name));
        box.setId("filter-" + name);
        box.setItems(values);
        box.setItemLabelGenerator(value -> EnumLabel.of(this, labelPrefix, value));
        box.setClearButtonVisible(true);
    }

    private static Sort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return Sort.unsorted();
        }
        var order = orders.getFirst();
        Sort.Direction direction =
                order.getDirection() == SortDirection.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC;
        return JpaSort.by(direction, order.getSorted()).and(Sort.by(Sort.Direction.DESC, "id"));
    }

    InitiativeFilter filter() {
        return new InitiativeFilter(
                organisation.getValue() == null ? null : organisation.getValue().id(),
                area.getValue(),
                status.getValue(),
                level.getValue(),
                riskGroup.getValue(),
                dataClass.getValue(),
                aiType.getValue(),
                text.getValue());
    }

    private void filtersChanged() {
        if (readingUrl) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            parameters.put("q", text.getValue().strip());
        }
        if (organisation.getValue() != null) {
            parameters.put("organisation", organisation.getValue().code());
        }
        put(parameters, "area", area.getValue());
        put(parameters, "status", status.getValue());
        if (level.getValue() != null) {
            parameters.put("level", String.valueOf(level.getValue().number()));
        }
        put(parameters, "riskGroup", riskGroup.getValue());
        put(parameters, "dataClass", dataClass.getValue());
        put(parameters, "aiType", aiType.getValue());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null, new com.vaadin.flow.router.Location("initiatives", QueryParameters.simple(parameters))));
    }

    private static void put(Map<String, String> parameters, String name, Enum<?> value) {
        if (value != null) {
            parameters.put(name, value.name());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        readingUrl = true;
        try {
            text.setValue(first(parameters, "q", Function.identity(), ""));
            organisation.setValue(first(
                    parameters,
                    "organisation",
                    code -> organisation
                            .getListDataView()
                            .getItems()
                            .filter(o -> o.code().equals(code))
                            .findFirst()
                            .orElse(null),
                    null));
            area.setValue(first(parameters, "area", v -> Area.valueOf(v), null));
            status.setValue(first(parameters, "status", v -> InitiativeStatus.valueOf(v), null));
            level.setValue(first(parameters, "level", v -> CollaborationLevel.of(Integer.parseInt(v)), null));
            riskGroup.setValue(first(parameters, "riskGroup", v -> RiskGroup.valueOf(v), null));
            dataClass.setValue(first(parameters, "dataClass", v -> DataClass.valueOf(v), null));
            aiType.setValue(first(parameters, "aiType", v -> AiType.valueOf(v), null));
        } finally {
            readingUrl = false;
        }
        grid.getDataProvider().refreshAll();
    }

    /** A parameter's first value, parsed; a value nobody could have meant (hand-edited URL) is ignored. */
    private static <T> T first(
            Map<String, List<String>> parameters, String name, Function<String, T> parse, T fallback) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst().isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(values.getFirst());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("initiatives.title");
    }
}
