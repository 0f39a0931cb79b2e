package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import se.hoglandet.platform.procurement.AlignmentSuggestion;
import se.hoglandet.platform.procurement.ContractFilter;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * The contract register across the organisations, and when contracts end: for a chosen window (by default the
 * coming half-year), the contracts ending in it by category, and where several organisations' contracts end together
 * a suggestion to procure jointly, which opens a pre-filled procurement.
 */
@Route("contracts")
@Menu(title = "nav.contracts", order = 41)
@PermitAll
public class ContractsView extends Main implements PortalView {

    private final ContractService contracts;
    private final boolean mayStartProcurements;
    private final Div expiry = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    ContractsView(ContractService contracts, ProcurementService procurements) {
        this.contracts = contracts;
        this.mayStartProcurements = procurements.mayCreate();
        addClassName("page");
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        TextField text = new TextField(getTranslation("contracts.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        ComboBox<ProcurementCategory> category = new ComboBox<>(getTranslation("procurement.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("procurement.category." + c.name()));
        category.setClearButtonVisible(true);
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = contracts
                            .exportCsv(new ContractFilter(category.getValue(), null, text.getValue()))
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "avtalsregister.csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("contracts.csv"));
        csv.setId("contracts-csv");
        FlexLayout filters = new FlexLayout(text, category, csv);
        filters.addClassName("filters");
        filters.setAlignItems(FlexLayout.Alignment.BASELINE);
        if (contracts.mayRegister()) {
            Button create = new Button(
                    getTranslation("contract.action.create"),
                    click -> new ContractDialog(
                                    contracts,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate("contracts/" + saved.id())))
                            .open());
            create.setId("create-contract");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filters.add(create);
        }

        Grid<ContractRow> grid = new Grid<>();
        grid.addComponentColumn(r -> new Anchor(
                        "contracts/" + r.contract().id(), r.contract().subject()))
                .setHeader(getTranslation("contract.field.subject"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.contract().ownerOrganisation().name())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.contract().supplier())
                .setHeader(getTranslation("contract.field.supplier"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(
                        "procurement.category." + r.contract().category().name()))
                .setHeader(getTranslation("procurement.field.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> date.format(r.terms().currentEnd()))
                .setHeader(getTranslation("contract.currentEnd"))
                .setAutoWidth(true);
        grid.addColumn(r -> date.format(r.terms().noticeDeadline()))
                .setHeader(getTranslation("contract.noticeDeadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.valueHidden()
                        ? getTranslation("contract.confidential")
                        : r.value() == null ? "" : r.value().toPlainString())
                .setHeader(getTranslation("contract.field.value"));
        grid.setItems(query -> contracts
                .list(
                        new ContractFilter(category.getValue(), null, text.getValue()),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.unsorted()))
                .stream());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("contracts.title"));
        grid.setEmptyStateText(getTranslation("contracts.empty"));
        grid.setId("contracts");
        grid.setHeight("40vh");
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        category.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        from.setLabel(getTranslation("contracts.window.from"));
        from.setValue(today);
        from.setId("window-from");
        to.setLabel(getTranslation("contracts.window.to"));
        to.setValue(today.plusMonths(6));
        to.setId("window-to");
        from.addValueChangeListener(e -> showExpiry());
        to.addValueChangeListener(e -> showExpiry());
        FlexLayout window = new FlexLayout(from, to);
        window.addClassName("filters");
        expiry.setId("expiry");
        Section ending = new Section(
                new H2(getTranslation("contracts.ending")),
                new Paragraph(getTranslation("contracts.ending.intro")),
                window,
                expiry);
        ending.addClassName("initiative-section");

        add(
                new H2(getTranslation("contracts.title")),
                new Paragraph(getTranslation("contracts.intro")),
                ending,
                filters,
                grid);
        showExpiry();
    }

    private void showExpiry() {
        expiry.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        List<AlignmentSuggestion> suggestions;
        List<ContractRow> ending;
        try {
            suggestions = contracts.alignment(from.getValue(), to.getValue());
            ending = contracts.endingBetween(from.getValue(), to.getValue(), null);
        } catch (RuntimeException refused) {
            String key = UserMessages.keyFor(refused);
            if (key == null) {
                throw refused;
            }
            expiry.add(new Paragraph(getTranslation(key)));
            return;
        }
        for (AlignmentSuggestion suggestion : suggestions) {
            Section card = new Section();
            card.addClassName("suggestion");
            card.setId("suggestion-" + suggestion.category().name());
            String organisations = suggestion.contracts().stream()
                    .map(r -> r.contract().ownerOrganisation().name())
                    .distinct()
                    .collect(Collectors.joining(", "));
            card.add(new H3(getTranslation(
                    "contracts.suggestion.title",
                    getTranslation(
                            "procurement.category." + suggestion.category().name()))));
            card.add(new Paragraph(getTranslation(
                    "contracts.suggestion.text",
                    organisations,
                    date.format(suggestion.earliestEnd()),
                    date.format(suggestion.latestEnd()),
                    date.format(suggestion.suggestedNeedsAnalysis()),
                    date.format(suggestion.suggestedTenderPublished()),
                    date.format(suggestion.suggestedContractStart()))));
            if (mayStartProcurements) {
                Button start = new Button(
                        getTranslation("contracts.suggestion.start"),
                        click -> getUI().ifPresent(ui -> ui.navigate(
                                "procurements/new",
                                QueryParameters.simple(Map.of(
                                        "category", suggestion.category().name(),
                                        "participants",
                                                suggestion.organisationIds().stream()
                                                        .map(String::valueOf)
                                                        .collect(Collectors.joining(",")),
                                        "start",
                                                suggestion
                                                        .suggestedContractStart()
                                                        .toString())))));
                start.setId("start-joint-" + suggestion.category().name());
                start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                card.add(start);
            }
            expiry.add(card);
        }
        Grid<ContractRow> grid = new Grid<>();
        grid.addColumn(r -> getTranslation(
                        "procurement.category." + r.contract().category().name()))
                .setHeader(getTranslation("procurement.field.category"))
                .setAutoWidth(true);
        grid.addColumn(r -> date.format(r.terms().currentEnd()))
                .setHeader(getTranslation("contract.currentEnd"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.contract().ownerOrganisation().name())
                .setHeader(getTranslation("course.field.organiser"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.contract().subject())
                .setHeader(getTranslation("contract.field.subject"))
                .setFlexGrow(2);
        grid.addColumn(r -> date.format(r.terms().noticeDeadline()))
                .setHeader(getTranslation("contract.noticeDeadline"))
                .setAutoWidth(true);
        grid.setItems(ending.stream()
                .sorted(java.util.Comparator.comparing(
                                (ContractRow r) -> r.contract().category())
                        .thenComparing(r -> r.terms().currentEnd()))
                .toList());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("contracts.ending"));
        grid.setEmptyStateText(getTranslation("contracts.ending.none"));
        grid.setId("ending-contracts");
        expiry.add(grid);
    }

    @Override
    public String viewTitle() {
        return getTranslation("contracts.title");
    }
}
