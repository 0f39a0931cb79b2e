package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import se.hoglandet.platform.procurement.ContractFilter;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.ui.DownloadLink;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RecordLinks;
import se.hoglandet.platform.ui.form.RecordDialog;

/**
 * The contract register across the organisations (lazily paged, by end date), and when contracts end: for a chosen
 * window, the contracts ending in it and, where several organisations' contracts end together, a joint procurement
 * to start ({@link ContractExpiry}).
 */
@Route("contracts")
@Menu(title = "nav.contracts", order = 41)
@PermitAll
public class ContractsView extends Main implements PortalView {

    private final ContractService contracts;
    private final Grid<ContractRow> grid = new Grid<>();
    private final TextField text = new TextField(getTranslation("contracts.filter.text"));
    private final ComboBox<ProcurementCategory> category = new ComboBox<>(getTranslation("procurement.field.category"));

    ContractsView(ContractService contracts, ProcurementService procurements) {
        this.contracts = contracts;
        addClassName("page");
        Section ending = new Section(
                new H2(getTranslation("contracts.ending")), new ContractExpiry(contracts, procurements.mayCreate()));
        ending.addClassName("initiative-section");
        configureGrid();
        add(new H2(viewTitle()), new Paragraph(getTranslation("contracts.intro")), ending, filters(), grid);
    }

    private FlexLayout filters() {
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "procurement.category", c));
        category.setClearButtonVisible(true);
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor csv = DownloadLink.of(
                getTranslation("contracts.csv"),
                "avtalsregister.csv",
                "text/csv;charset=UTF-8",
                () -> contracts.exportCsv(filter()).getBytes(StandardCharsets.UTF_8));
        csv.setId("contracts-csv");
        FlexLayout filters = new FlexLayout(text, category, csv);
        filters.addClassName("filters");
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        if (contracts.mayRegister()) {
            Button create = new Button(
                    getTranslation("contract.action.create"),
                    click -> new RecordDialog<>(
                                    getTranslation("contract.action.create"),
                                    newContractForm(),
                                    contracts::create,
                                    "contract.saved",
                                    saved -> RecordLinks.open(ContractView.class, saved.id()))
                            .withSaveId("save-contract")
                            .open());
            create.setId("create-contract");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }
        return filters;
    }

    private static ContractForm newContractForm() {
        ContractForm form = new ContractForm();
        form.edit(ContractForm.NEW_CONTRACT);
        return form;
    }

    private ContractFilter filter() {
        return new ContractFilter(category.getValue(), null, text.getValue());
    }

    private void configureGrid() {
        grid.addComponentColumn(r -> RecordLinks.link(
                        r.contract().subject(), ContractView.class, r.contract().id()))
                .setHeader(getTranslation("contract.field.subject"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.contract().ownerOrganisation().name())
                .setHeader(getTranslation("contract.field.organisation"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.contract().supplier())
                .setHeader(getTranslation("contract.field.supplier"))
                .setFlexGrow(1);
        ContractColumns.category(grid, this);
        ContractColumns.currentEnd(grid, this);
        ContractColumns.noticeDeadline(grid, this);
        grid.addColumn(r -> r.valueHidden() ? getTranslation("contract.confidential") : Formats.money(r.value()))
                .setHeader(getTranslation("contract.field.value"))
                .setAutoWidth(true);
        grid.setItems(query -> contracts.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(viewTitle());
        grid.setEmptyStateText(getTranslation("contracts.empty"));
        grid.setId("contracts");
        grid.setHeight("40vh");
    }

    @Override
    public String viewTitle() {
        return getTranslation("contracts.title");
    }
}
