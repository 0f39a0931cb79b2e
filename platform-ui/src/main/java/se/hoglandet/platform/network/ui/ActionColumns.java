package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import se.hoglandet.platform.network.ActionRow;
import se.hoglandet.platform.network.NetworkAction;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/**
 * The columns every list of actions shows: the action (linking to its page), its owner and their organisation, the
 * due date and the status, an overdue action marked in words as well as colour.
 */
final class ActionColumns {

    private ActionColumns() {}

    static Grid<ActionRow> grid(Component translator, String id, String emptyKey) {
        Grid<ActionRow> grid = new Grid<>();
        grid.addComponentColumn(row -> new RouterLink(
                        row.action().title(),
                        ActionView.class,
                        NetworksView.id(row.action().id())))
                .setHeader(translator.getTranslation("networkAction.field.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> owner(row.action()))
                .setHeader(translator.getTranslation("networkAction.field.owner"))
                .setFlexGrow(2);
        grid.addColumn(row -> Formats.date(row.action().dueOn()))
                .setHeader(translator.getTranslation("networkAction.field.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> status(translator, row))
                .setHeader(translator.getTranslation("networkAction.field.status"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(translator.getTranslation(emptyKey));
        grid.setId(id);
        return grid;
    }

    static String owner(NetworkAction action) {
        return action.owner().displayName() + ", " + action.ownerOrganisation().name();
    }

    static FlexLayout status(Component translator, ActionRow row) {
        FlexLayout status = new FlexLayout(new Span(
                EnumLabel.of(translator, "networkAction.status", row.action().status())));
        status.addClassName("badges");
        if (row.overdue()) {
            status.add(Badge.of(translator.getTranslation("networkAction.overdue"), "badge error"));
        }
        return status;
    }
}
