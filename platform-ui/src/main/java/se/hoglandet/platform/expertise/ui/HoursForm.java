package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import se.hoglandet.platform.expertise.HoursDraft;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** Hours actually given on an approved request: the day, how many (the core refuses more than are left), a note. */
class HoursForm extends RecordForm<HoursDraft> {

    HoursForm(BigDecimal hoursLeft) {
        super(HoursDraft.class);
        DatePicker day = Fields.datePicker(getTranslation("expertise.field.givenOn"));
        day.setId("hours-day");
        NumberInput<BigDecimal> hours = NumberInput.measure(getTranslation("expertise.field.hoursGiven"));
        hours.setHelperText(getTranslation("expertise.field.hoursLeft", Formats.decimal(hoursLeft, 1)));
        hours.setId("hours-given");
        TextField note = new TextField(getTranslation("expertise.field.note"));
        note.setId("hours-note");
        note.setMaxLength(500);
        binder.forField(day)
                .asRequired(getTranslation("expertise.error.givenOn"))
                .bind("givenOn");
        binder.forField(hours)
                .asRequired(getTranslation("expertise.error.hours"))
                .bind("hours");
        binder.forField(note).bind("note");
        getContent().add(day, hours, note);
        oneColumn();
        edit(new HoursDraft(Formats.today(), null, ""));
    }
}
