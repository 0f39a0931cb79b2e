package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import se.hoglandet.platform.ui.form.DraftForm;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;

/** One measured value of an effect indicator: when, how much (in the indicator's unit), and a note. */
class MeasurementForm extends Composite<FormLayout> implements DraftForm<MeasurementForm.Draft> {

    /** What the service's {@code recordMeasurement} takes besides the indicator. */
    public record Draft(LocalDate on, BigDecimal value, String note) {}

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    MeasurementForm(String unit) {
        DatePicker on = Fields.datePicker(getTranslation("effect.measuredOn"));
        on.setId("measurement-on");
        NumberInput<BigDecimal> value = NumberInput.measure(getTranslation("effect.value", unit));
        value.setId("measurement-value");
        TextField note = new TextField(getTranslation("participation.note"));
        note.setMaxLength(500);
        note.setId("measurement-note");
        binder.forField(on)
                .asRequired(getTranslation("effect.error.measurement"))
                .bind("on");
        binder.forField(value)
                .asRequired(getTranslation("effect.error.measurement"))
                .bind("value");
        binder.forField(note).withNullRepresentation("").bind("note");
        getContent().add(on, value, note);
        getContent().setColspan(note, 2);
    }

    @Override
    public void edit(Draft draft) {
        binder.readRecord(draft);
    }

    @Override
    public Optional<Draft> validDraft() {
        return DraftForm.validRecord(binder);
    }
}
