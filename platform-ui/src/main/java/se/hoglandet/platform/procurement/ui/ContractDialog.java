package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractRow;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ContractTerms;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.visibility.Visibility;

/** Registers a contract of the user's organisation, or changes one (e.g. an option called). */
class ContractDialog extends Dialog {

    ContractDialog(ContractService contracts, ContractRow existing, Consumer<Contract> saved) {
        setHeaderTitle(getTranslation(existing == null ? "contract.action.create" : "contract.action.edit"));
        TextField supplier = new TextField(getTranslation("contract.field.supplier"));
        supplier.setId("contract-supplier");
        TextField subject = new TextField(getTranslation("contract.field.subject"));
        subject.setId("contract-subject");
        ComboBox<ProcurementCategory> category = new ComboBox<>(getTranslation("procurement.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("procurement.category." + c.name()));
        category.setId("contract-category");
        DatePicker starts = new DatePicker(getTranslation("contract.field.startsOn"));
        starts.setId("contract-starts");
        DatePicker ends = new DatePicker(getTranslation("contract.field.endsOn"));
        ends.setHelperText(getTranslation("contract.field.endsOn.help"));
        ends.setId("contract-ends");
        TextField options = new TextField(getTranslation("contract.field.options"));
        options.setHelperText(getTranslation("contract.field.options.help"));
        options.setId("contract-options");
        NumberInput<Integer> used = NumberInput.whole(getTranslation("contract.field.used"), 0, 10);
        used.setId("contract-used");
        used.setValue(0);
        NumberInput<Integer> notice = NumberInput.whole(getTranslation("contract.field.notice"), 0, 36);
        notice.setId("contract-notice");
        notice.setValue(3);
        NumberInput<BigDecimal> value = NumberInput.amount(getTranslation("contract.field.value"));
        value.setId("contract-value");
        Checkbox confidential = new Checkbox(getTranslation("contract.field.confidential"));
        TextField owner = new TextField(getTranslation("contract.field.owner"));
        ComboBox<Visibility> visibility = new ComboBox<>(getTranslation("procurement.field.visibility"));
        visibility.setItems(Visibility.PRIVATE, Visibility.SHARED, Visibility.FEDERATION, Visibility.PUBLIC);
        visibility.setItemLabelGenerator(v -> getTranslation("visibility." + v.name()));
        visibility.setValue(Visibility.FEDERATION);
        if (existing != null) {
            Contract c = existing.contract();
            ContractTerms terms = existing.terms();
            supplier.setValue(c.supplier());
            subject.setValue(c.subject());
            category.setValue(c.category());
            starts.setValue(c.startsOn());
            ends.setValue(c.endsOn());
            options.setValue(
                    terms.extensionMonths().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            used.setValue(c.extensionsUsed());
            notice.setValue(c.noticeMonths());
            value.setValue(existing.value());
            confidential.setValue(c.priceConfidential());
            owner.setValue(c.contractOwner() == null ? "" : c.contractOwner());
            visibility.setValue(c.visibility());
        }
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            Contract[] result = new Contract[1];
            if (error.attempt(() -> {
                java.util.List<Integer> months;
                try {
                    months = ContractTerms.parse(options.getValue());
                } catch (NumberFormatException e) {
                    throw new se.hoglandet.platform.shared.DomainValidationException(
                            "contract.error.extensions", "Not numbers");
                }
                ContractDraft draft = new ContractDraft(
                        supplier.getValue(),
                        subject.getValue(),
                        category.getValue(),
                        starts.getValue(),
                        ends.getValue(),
                        months,
                        used.parsedOr(0),
                        notice.parsedOr(0),
                        value.parsed(),
                        confidential.getValue(),
                        owner.getValue(),
                        existing == null ? null : existing.contract().procurementId(),
                        visibility.getValue());
                result[0] = existing == null
                        ? contracts.create(draft)
                        : contracts.update(
                                existing.contract().id(), existing.contract().version(), draft);
            })) {
                close();
                saved.accept(result[0]);
            }
        });
        save.setId("save-contract");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                error,
                new FormLayout(
                        supplier,
                        subject,
                        category,
                        visibility,
                        starts,
                        ends,
                        options,
                        used,
                        notice,
                        value,
                        confidential,
                        owner));
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
        setWidth("min(52em, 95vw)");
    }
}
