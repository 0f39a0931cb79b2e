package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementFilter;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;

/** Joint procurements the user may read, newest change first, lazily paged, filtered by category and phase. */
@Route("procurements")
@Menu(title = "nav.procurements", order = 40)
@PermitAll
public class ProcurementsView extends Main implements PortalView {

    ProcurementsView(ProcurementService procurements) {
        addClassName("page");
        FlexLayout links = new FlexLayout(new RouterLink(getTranslation("nav.contracts"), ContractsView.class));
        links.addClassName("toolbar");
        if (procurements.mayCreate()) {
            RouterLink create = new RouterLink(getTranslation("procurement.action.create"), ProcurementFormView.class);
            create.setId("create-procurement");
            links.add(create);
        }
        ComboBox<ProcurementCategory> category = new ComboBox<>(getTranslation("procurement.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "procurement.category", c));
        category.setClearButtonVisible(true);
        ComboBox<ProcurementPhase> phase = new ComboBox<>(getTranslation("procurement.field.phase"));
        phase.setItems(ProcurementPhase.values());
        phase.setItemLabelGenerator(p -> EnumLabel.of(this, "procurement.phase", p));
        phase.setClearButtonVisible(true);
        FlexLayout filters = new FlexLayout(category, phase);
        filters.addClassName("filters");

        Grid<Procurement> grid = new Grid<>();
        grid.addComponentColumn(p -> RecordLinks.link(p.title(), ProcurementView.class, p.id()))
                .setHeader(getTranslation("procurement.field.title"))
                .setFlexGrow(3);
        grid.addColumn(p -> EnumLabel.of(this, "procurement.category", p.category()))
                .setHeader(getTranslation("procurement.field.category"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.ownerOrganisation().name())
                .setHeader(getTranslation("procurement.field.lead"))
                .setAutoWidth(true);
        grid.addColumn(p -> EnumLabel.of(this, "procurement.phase", p.phase()))
                .setHeader(getTranslation("procurement.field.phase"))
                .setAutoWidth(true);
        grid.setItems(query -> procurements
                .list(
                        new ProcurementFilter(category.getValue(), phase.getValue(), null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(viewTitle());
        grid.setEmptyStateText(getTranslation("procurements.empty"));
        grid.setId("procurements");
        grid.setHeight("60vh");
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        phase.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2(viewTitle()), new Paragraph(getTranslation("procurements.intro")), links, filters, grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("procurements.title");
    }
}
