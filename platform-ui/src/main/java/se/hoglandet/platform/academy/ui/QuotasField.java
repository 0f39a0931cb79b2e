package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.form.NumberInput;

/** Seats kept for each organisation (optional): organisation id → seats; a blank field keeps none. */
class QuotasField extends CustomField<Map<Long, Integer>> implements HasValidator<Map<Long, Integer>> {

    private final Map<Long, NumberInput<Integer>> seats = new LinkedHashMap<>();

    QuotasField(String label, List<Organisation> organisations) {
        setLabel(label);
        FormLayout fields = new FormLayout();
        for (Organisation organisation : organisations) {
            NumberInput<Integer> input =
                    NumberInput.whole(getTranslation("session.field.quotaFor", organisation.name()), 0, 10_000);
            input.setId("quota-" + organisation.code());
            input.addValueChangeListener(changed -> updateValue());
            seats.put(organisation.id(), input);
            fields.add(input);
        }
        add(fields);
    }

    @Override
    protected Map<Long, Integer> generateModelValue() {
        Map<Long, Integer> quotas = new LinkedHashMap<>();
        seats.forEach((organisation, input) -> {
            if (input.getValue() != null) {
                quotas.put(organisation, input.getValue());
            }
        });
        return quotas;
    }

    @Override
    protected void setPresentationValue(Map<Long, Integer> quotas) {
        seats.forEach((organisation, input) -> input.setValue(quotas == null ? null : quotas.get(organisation)));
    }

    /** The reason shows at the organisation's own field (below), not a second time around all of them. */
    @Override
    public void setInvalid(boolean invalid) {}

    @Override
    public void setErrorMessage(String errorMessage) {}

    /** Each organisation's field checks itself and shows its reason; the first reason is the whole field's. */
    @Override
    public Validator<Map<Long, Integer>> getDefaultValidator() {
        return (value, context) -> {
            ValidationResult first = ValidationResult.ok();
            for (NumberInput<Integer> input : seats.values()) {
                ValidationResult result = input.getDefaultValidator().apply(input.getValue(), context);
                input.setInvalid(result.isError());
                input.setErrorMessage(result.isError() ? result.getErrorMessage() : null);
                if (result.isError() && !first.isError()) {
                    first = result;
                }
            }
            return first;
        };
    }
}
