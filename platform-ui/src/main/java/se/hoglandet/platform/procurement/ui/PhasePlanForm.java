package se.hoglandet.platform.procurement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import se.hoglandet.platform.procurement.ProcurementPhase;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;

/**
 * The planned date of every phase, in the order the procurement runs. A plan is a map from phase to date, which a
 * {@code Binder} does not bind: the form reads its pickers itself, and refuses a date typed in a way it cannot read.
 */
class PhasePlanForm extends Composite<FormLayout> implements DraftForm<Map<ProcurementPhase, LocalDate>> {

    private final Map<ProcurementPhase, DatePicker> pickers = new EnumMap<>(ProcurementPhase.class);

    PhasePlanForm() {
        for (ProcurementPhase phase : ProcurementPhase.values()) {
            DatePicker picker = Fields.datePicker(EnumLabel.of(this, "procurement.phase", phase));
            picker.setId("plan-" + phase.name());
            pickers.put(phase, picker);
            getContent().add(picker);
        }
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
    }

    @Override
    public void edit(Map<ProcurementPhase, LocalDate> plan) {
        pickers.forEach((phase, picker) -> picker.setValue(plan.get(phase)));
    }

    @Override
    public Optional<Map<ProcurementPhase, LocalDate>> validDraft() {
        if (pickers.values().stream().anyMatch(DatePicker::isInvalid)) {
            return Optional.empty();
        }
        Map<ProcurementPhase, LocalDate> plan = new EnumMap<>(ProcurementPhase.class);
        pickers.forEach((phase, picker) -> plan.put(phase, picker.getValue()));
        return Optional.of(plan);
    }
}
