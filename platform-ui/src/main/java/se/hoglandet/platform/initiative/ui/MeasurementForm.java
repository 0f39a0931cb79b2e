package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** One measured value of an effect indicator: when, how much (in the indicator's unit), and a note. */
class MeasurementForm extends RecordForm<MeasurementForm.Draft> {

    /** What the service's {@code recordMeasurement} takes besides the indicator. */
    public record Draft(LocalDate on, BigDecimal value, String note) {}

    MeasurementForm(String unit) {
        super(Draft.class);
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
}
