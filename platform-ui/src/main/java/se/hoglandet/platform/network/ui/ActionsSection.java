package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import se.hoglandet.platform.network.ActionRow;
import se.hoglandet.platform.network.ActionService;

/** A network's actions to follow up (lazy): open and overdue ones first, as the core orders them. */
class ActionsSection extends Composite<Div> {

    ActionsSection(Long networkId, ActionService actions) {
        Grid<ActionRow> grid = ActionColumns.grid(this, "network-actions", "network.actions.empty");
        grid.setItems(
                query -> actions.ofNetwork(networkId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setAriaLabel(getTranslation("network.actions"));
        grid.setHeight("20em");
        getContent().add(grid);
    }
}
