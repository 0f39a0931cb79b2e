package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.hoglandet.platform.expertise.HelpRequest;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;

/** Requests for help as a list shows them: what (linking to the request), who asks whom, hours, by when, status. */
final class HelpRequestGrid {

    private HelpRequestGrid() {}

    static Grid<HelpRequest> of(Component translator, List<HelpRequest> requests, String id, String emptyKey) {
        Grid<HelpRequest> grid = new Grid<>();
        grid.addComponentColumn(r -> new RouterLink(r.what(), HelpRequestView.class, HelpRequestView.id(r.id())))
                .setHeader(translator.getTranslation("expertise.field.what"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.requesterName() + ", " + r.requesterOrganisation().name())
                .setHeader(translator.getTranslation("expertise.help.requester"))
                .setFlexGrow(2);
        grid.addColumn(r ->
                        r.expert().displayName() + ", " + r.expertOrganisation().name())
                .setHeader(translator.getTranslation("expertise.help.expert"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.decimal(r.hours(), 1))
                .setHeader(translator.getTranslation("expertise.field.hours"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.neededBy()))
                .setHeader(translator.getTranslation("expertise.field.neededBy"))
                .setAutoWidth(true);
        grid.addColumn(r -> EnumLabel.of(translator, "expertise.helpStatus", r.status()))
                .setHeader(translator.getTranslation("expertise.help.status"))
                .setAutoWidth(true);
        grid.setItems(requests);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        grid.setEmptyStateText(translator.getTranslation(emptyKey));
        grid.setId(id);
        return grid;
    }
}
