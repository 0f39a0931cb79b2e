package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import se.hoglandet.platform.expertise.ExpertEntry;
import se.hoglandet.platform.expertise.ExpertiseArea;
import se.hoglandet.platform.expertise.ExpertiseService;
import se.hoglandet.platform.expertise.HelpService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The directory of expertise across Höglandet (the legal expert pool included), by area, lazy and paged: who knows
 * what, how many hours a month they may lend, and asking another organisation's expert for help.
 */
@Route("expertise")
@Menu(title = "nav.expertise", order = 36)
@PermitAll
public class ExpertiseView extends Main implements PortalView {

    private final HelpService help;

    ExpertiseView(ExpertiseService expertise, HelpService help) {
        this.help = help;
        addClassName("page");
        ComboBox<ExpertiseArea> area = new ComboBox<>(getTranslation("expertise.field.area"), ExpertiseArea.values());
        area.setItemLabelGenerator(a -> EnumLabel.of(this, "expertise.area", a));
        area.setClearButtonVisible(true);
        area.setId("expertise-area");
        Grid<ExpertEntry> grid = new Grid<>();
        grid.addColumn(e -> e.person().displayName())
                .setHeader(getTranslation("expertise.column.person"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.organisation().name())
                .setHeader(getTranslation("expertise.column.organisation"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.areas().stream()
                        .sorted()
                        .map(a -> EnumLabel.of(this, "expertise.area", a))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("expertise.column.areas"))
                .setFlexGrow(3);
        grid.addColumn(e -> e.lendableHours() == 0 ? "" : getTranslation("expertise.hoursPerMonth", e.lendableHours()))
                .setHeader(getTranslation("expertise.column.offered"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::ask)
                .setHeader(getTranslation("expertise.column.ask"))
                .setAutoWidth(true);
        grid.setItems(query ->
                expertise.directory(area.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("expertise.empty"));
        grid.setAriaLabel(getTranslation("expertise.title"));
        grid.setId("expertise-directory");
        grid.setHeight("60vh");
        area.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        FlexLayout toolbar = new FlexLayout(
                area,
                new RouterLink(getTranslation("expertise.profile.title"), ExpertProfileView.class),
                new RouterLink(getTranslation("expertise.help.title"), HelpRequestsView.class));
        if (help.mayReadOverview()) {
            toolbar.add(new RouterLink(getTranslation("expertise.overview.title"), ExpertiseOverviewView.class));
        }
        toolbar.addClassName("filters");
        add(toolbar, grid);
    }

    private Component ask(ExpertEntry expert) {
        if (!expert.mayAsk()) {
            return new Span();
        }
        Button ask = new Button(
                getTranslation("expertise.ask"),
                click -> new RecordDialog<>(
                                getTranslation(
                                        "expertise.askNamed", expert.person().displayName()),
                                new HelpRequestForm(expert),
                                (HelpRequestForm.Ask draft) ->
                                        help.request(draft.to(expert.person().id())),
                                "expertise.help.saved",
                                saved -> getUI().ifPresent(ui ->
                                        ui.navigate(HelpRequestView.class, HelpRequestView.id(saved.id()))))
                        .withSaveId("save-help")
                        .open());
        ask.setId("ask-" + expert.person().id());
        ask.setAriaLabel(getTranslation("expertise.askNamed", expert.person().displayName()));
        return ask;
    }

    @Override
    public String viewTitle() {
        return getTranslation("expertise.title");
    }
}
