package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.network.Network;
import se.hoglandet.platform.network.NetworkDraft;
import se.hoglandet.platform.network.NetworkService;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.form.RecordDialog;

/** The networks the reader may read, by name; lazy and paged, filtered by a word of the name or purpose. */
@Route("networks")
@Menu(title = "nav.networks", order = 35)
@PermitAll
public class NetworksView extends Main implements PortalView {

    NetworksView(NetworkService networks, OrganisationService organisations) {
        addClassName("page");
        TextField text = new TextField(getTranslation("networks.filter"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("networks-filter");
        Grid<Network> grid = new Grid<>();
        grid.addComponentColumn(NetworksView::link)
                .setHeader(getTranslation("network.field.name"))
                .setFlexGrow(3);
        grid.addColumn(n -> n.ownerOrganisation().name())
                .setHeader(getTranslation("networks.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(n -> EnumLabel.of(this, "network.mode", n.membershipMode()))
                .setHeader(getTranslation("network.field.mode"))
                .setAutoWidth(true);
        grid.setItems(
                query -> networks.list(text.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("networks.empty"));
        grid.setAriaLabel(getTranslation("networks.title"));
        grid.setId("networks");
        grid.setHeight("60vh");
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        FlexLayout toolbar = new FlexLayout(text);
        toolbar.addClassName("filters");
        if (networks.mayCreate()) {
            Button create = new Button(
                    getTranslation("networks.new"),
                    click -> new RecordDialog<>(
                                    getTranslation("networks.new"),
                                    form(organisations),
                                    networks::create,
                                    "network.saved",
                                    NetworksView::open)
                            .withSaveId("save-network")
                            .open());
            create.setId("new-network");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }
        add(toolbar, grid);
    }

    private static NetworkForm form(OrganisationService organisations) {
        NetworkForm form = new NetworkForm(organisations.pickableOthers());
        form.edit(NetworkDraft.empty());
        return form;
    }

    /** Opens a network's page at its top. */
    static void open(Network network) {
        openNetwork(network.id());
    }

    static void openNetwork(Long networkId) {
        UI.getCurrent().navigate(NetworkView.class, id(networkId));
    }

    static RouterLink link(Network network) {
        return new RouterLink(network.name(), NetworkView.class, id(network.id()));
    }

    static RouteParameters id(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public String viewTitle() {
        return getTranslation("networks.title");
    }
}
