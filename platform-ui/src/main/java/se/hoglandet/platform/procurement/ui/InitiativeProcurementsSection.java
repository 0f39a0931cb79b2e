package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.springframework.core.annotation.Order;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.RecordSection;

/**
 * The chain on an initiative page: the joint procurements that serve it (link to it), with their phase — only
 * those the reader may read; the procurement page links back to the initiative.
 */
@org.springframework.stereotype.Component
@Order(4)
class InitiativeProcurementsSection implements RecordSection<InitiativeDetail> {

    private final ProcurementService procurements;

    InitiativeProcurementsSection(ProcurementService procurements) {
        this.procurements = procurements;
    }

    @Override
    public String titleKey() {
        return "initiative.section.procurements";
    }

    @Override
    public Component render(InitiativeDetail detail, Runnable changed) {
        Grid<Procurement> grid = new Grid<>();
        grid.addComponentColumn(p -> RecordLinks.link(p.title(), ProcurementView.class, p.id()))
                .setHeader(grid.getTranslation("procurement.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> EnumLabel.of(grid, "procurement.phase", p.phase()))
                .setHeader(grid.getTranslation("procurement.field.phase"))
                .setAutoWidth(true);
        // Few per initiative (links are chosen by hand), read at once.
        grid.setItems(procurements.servingInitiative(detail.initiative().id()));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(grid.getTranslation("initiative.procurements.none"));
        grid.setAriaLabel(grid.getTranslation("initiative.section.procurements"));
        grid.setId("initiative-procurements");
        return grid;
    }
}
