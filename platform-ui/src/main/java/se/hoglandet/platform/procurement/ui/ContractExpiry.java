package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.hoglandet.platform.procurement.AlignmentSuggestion;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;

/**
 * When contracts end: for a window (by default the coming half-year), the contracts whose current end falls in it —
 * a passed notice deadline flagged — and, where several organisations' contracts in one category end together, a
 * suggested joint procurement with dates that never lie in the past; procurement staff start it pre-filled.
 */
class ContractExpiry extends Div {

    private final ContractService contracts;
    private final boolean mayStartProcurements;
    private final DatePicker from = Fields.datePicker(getTranslation("contracts.window.from"));
    private final DatePicker to = Fields.datePicker(getTranslation("contracts.window.to"));
    private final FormError error = new FormError();
    private final Div results = new Div();

    ContractExpiry(ContractService contracts, boolean mayStartProcurements) {
        this.contracts = contracts;
        this.mayStartProcurements = mayStartProcurements;
        from.setValue(Formats.today());
        from.setId("window-from");
        to.setValue(Formats.today().plusMonths(6));
        to.setId("window-to");
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        FlexLayout window = new FlexLayout(from, to);
        window.addClassName("filters");
        results.setId("expiry");
        add(new Paragraph(getTranslation("contracts.ending.intro")), window, error, results);
        show();
    }

    private void show() {
        results.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        error.attempt(() -> {
            List<AlignmentSuggestion> suggestions = contracts.alignment(from.getValue(), to.getValue());
            List<ContractRow> ending = contracts.endingBetween(from.getValue(), to.getValue(), null);
            suggestions.forEach(suggestion -> results.add(suggestion(suggestion)));
            results.add(endingGrid(ending));
        });
    }

    private Section suggestion(AlignmentSuggestion suggestion) {
        Section card = new Section();
        card.addClassName("suggestion");
        card.setId("suggestion-" + suggestion.category().name());
        String organisations = suggestion.contracts().stream()
                .map(r -> r.contract().ownerOrganisation().name())
                .distinct()
                .collect(Collectors.joining(", "));
        card.add(new H3(getTranslation(
                "contracts.suggestion.title", EnumLabel.of(this, "procurement.category", suggestion.category()))));
        card.add(new Paragraph(getTranslation(
                "contracts.suggestion.text",
                organisations,
                Formats.date(suggestion.earliestEnd()),
                Formats.date(suggestion.latestEnd()),
                Formats.date(suggestion.suggestedNeedsAnalysis()),
                Formats.date(suggestion.suggestedTenderPublished()),
                Formats.date(suggestion.suggestedContractStart()))));
        if (suggestion.startsAfterEarliestEnd()) {
            card.add(new Paragraph(
                    getTranslation("contracts.suggestion.bridge", Formats.date(suggestion.earliestEnd()))));
        }
        if (mayStartProcurements) {
            card.add(startButton(suggestion));
        }
        return card;
    }

    private Button startButton(AlignmentSuggestion suggestion) {
        Button start = new Button(
                getTranslation("contracts.suggestion.start"),
                click -> getUI().ifPresent(ui -> ui.navigate(
                        ProcurementFormView.class,
                        QueryParameters.simple(Map.of(
                                ProcurementFormView.CATEGORY,
                                suggestion.category().name(),
                                ProcurementFormView.PARTICIPANTS,
                                suggestion.organisationIds().stream()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(",")),
                                ProcurementFormView.START,
                                suggestion.suggestedContractStart().toString())))));
        start.setId("start-joint-" + suggestion.category().name());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private Grid<ContractRow> endingGrid(List<ContractRow> ending) {
        Grid<ContractRow> grid = new Grid<>();
        ContractColumns.category(grid, this);
        ContractColumns.currentEnd(grid, this);
        grid.addColumn(r -> r.contract().ownerOrganisation().name())
                .setHeader(getTranslation("contract.field.organisation"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.contract().subject())
                .setHeader(getTranslation("contract.field.subject"))
                .setFlexGrow(2);
        ContractColumns.noticeDeadline(grid, this);
        grid.setItems(ending.stream()
                .sorted(Comparator.comparing((ContractRow r) -> r.contract().category())
                        .thenComparing(r -> r.terms().currentEnd()))
                .toList());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("contracts.ending"));
        grid.setEmptyStateText(getTranslation("contracts.ending.none"));
        grid.setId("ending-contracts");
        return grid;
    }
}
