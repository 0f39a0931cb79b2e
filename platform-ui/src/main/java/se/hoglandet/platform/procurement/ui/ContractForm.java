package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractTerms;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.KeptValue;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A contract or framework agreement over the core's {@link ContractDraft}: supplier and subject, the term with its
 * extension options, the notice period, the value (kept inside the organisation when confidential) and who may read
 * it. Numbers are read strictly: a refused number is named in the dialog and at the field, and nothing is saved.
 */
class ContractForm extends RecordForm<ContractDraft> {

    static final ContractDraft NEW_CONTRACT = new ContractDraft(
            "", "", null, null, null, List.of(), 0, 3, null, false, null, null, Visibility.FEDERATION);

    private final NumberInput<Integer> used = NumberInput.whole(getTranslation("contract.field.used"), 0, 10);
    private final NumberInput<Integer> notice = NumberInput.whole(getTranslation("contract.field.notice"), 0, 36);
    private final NumberInput<BigDecimal> value = NumberInput.amount(getTranslation("contract.field.value"));

    ContractForm() {
        super(ContractDraft.class);
        TextField supplier = new TextField(getTranslation("contract.field.supplier"));
        supplier.setId("contract-supplier");
        supplier.setMaxLength(200);
        TextField subject = new TextField(getTranslation("contract.field.subject"));
        subject.setId("contract-subject");
        subject.setMaxLength(300);
        ComboBox<ProcurementCategory> category = new ComboBox<>(getTranslation("procurement.field.category"));
        category.setItems(ProcurementCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "procurement.category", c));
        category.setId("contract-category");
        DatePicker starts = Fields.datePicker(getTranslation("contract.field.startsOn"));
        starts.setId("contract-starts");
        DatePicker ends = Fields.datePicker(getTranslation("contract.field.endsOn"));
        ends.setHelperText(getTranslation("contract.field.endsOn.help"));
        ends.setId("contract-ends");
        TextField options = new TextField(getTranslation("contract.field.options"));
        options.setHelperText(getTranslation("contract.field.options.help"));
        options.setId("contract-options");
        used.setId("contract-used");
        notice.setId("contract-notice");
        value.setId("contract-value");
        Checkbox confidential = new Checkbox(getTranslation("contract.field.confidential"));
        confidential.setId("contract-confidential");
        TextField owner = new TextField(getTranslation("contract.field.owner"));
        owner.setMaxLength(200);
        ComboBox<Visibility> visibility = new ComboBox<>(getTranslation("procurement.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> EnumLabel.of(this, "visibility", v));
        visibility.setId("contract-visibility");

        binder.forField(supplier).bind("supplier");
        binder.forField(subject).bind("subject");
        binder.forField(category).bind("category");
        binder.forField(starts).bind("startsOn");
        binder.forField(ends).bind("endsOn");
        binder.forField(options)
                .withConverter(Converter.from(this::months, ContractForm::monthsText))
                .bind("extensionMonths");
        binder.forField(used).withConverter(ContractForm::zeroIfBlank, v -> v).bind("extensionsUsed");
        binder.forField(notice).withConverter(ContractForm::zeroIfBlank, v -> v).bind("noticeMonths");
        binder.forField(value).bind("value");
        binder.forField(confidential).bind("priceConfidential");
        binder.forField(owner).withNullRepresentation("").bind("contractOwner");
        binder.forField(new KeptValue<Long>()).bind("procurementId");
        binder.forField(visibility).asRequired().bind("visibility");
        getContent()
                .add(
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
                        owner);
        twoColumns();
    }

    private Result<List<Integer>> months(String text) {
        try {
            return Result.ok(ContractTerms.parse(text));
        } catch (NumberFormatException notNumbers) {
            return Result.error(getTranslation("contract.error.extensions"));
        }
    }

    private static String monthsText(List<Integer> months) {
        return months == null ? "" : months.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static int zeroIfBlank(Integer typed) {
        return typed == null ? 0 : typed;
    }
}
