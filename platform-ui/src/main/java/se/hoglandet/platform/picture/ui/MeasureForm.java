package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** A value measured outside the platform for a goal, with the day it was measured. */
class MeasureForm extends RecordForm<MeasureForm.Measured> {

    /** The day and the value, as the service takes them. */
    public record Measured(LocalDate measuredOn, BigDecimal value) {}

    MeasureForm() {
        super(Measured.class);
        DatePicker measuredOn = Fields.datePicker(getTranslation("goal.field.measuredOn"));
        measuredOn.setMax(Formats.today());
        measuredOn.setId("measure-on");
        NumberInput<BigDecimal> value = NumberInput.measure(getTranslation("goal.field.value"));
        value.setId("measure-value");
        binder.forField(measuredOn)
                .asRequired(getTranslation("goal.error.measuredOn"))
                .bind("measuredOn");
        binder.forField(value).asRequired(getTranslation("goal.error.value")).bind("value");
        getContent().add(measuredOn, value);
        oneColumn();
        edit(new Measured(Formats.today(), null));
    }
}
