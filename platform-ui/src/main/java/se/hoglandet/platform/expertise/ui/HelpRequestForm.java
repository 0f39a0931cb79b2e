package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import se.hoglandet.platform.expertise.ExpertEntry;
import se.hoglandet.platform.expertise.ExpertiseArea;
import se.hoglandet.platform.expertise.HelpRequestDraft;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * Asking another organisation's expert for help: the area (among theirs), what, how many hours and by when. The core
 * refuses hours that are negative or above what the expert offers, with its own sentence.
 */
class HelpRequestForm extends RecordForm<HelpRequestForm.Ask> {

    /** What the asker fills in; the expert is the one whose "ask" was clicked. */
    public record Ask(ExpertiseArea area, String what, BigDecimal hours, LocalDate neededBy) {
        HelpRequestDraft to(Long expertPersonId) {
            return new HelpRequestDraft(expertPersonId, area, what, hours, neededBy);
        }
    }

    HelpRequestForm(ExpertEntry expert) {
        super(Ask.class);
        ComboBox<ExpertiseArea> area = new ComboBox<>(getTranslation("expertise.field.area"), expert.areas());
        area.setItemLabelGenerator(a -> EnumLabel.of(this, "expertise.area", a));
        area.setId("help-area");
        TextArea what = new TextArea(getTranslation("expertise.field.what"));
        what.setId("help-what");
        what.setMaxLength(2000);
        what.setRequiredIndicatorVisible(true);
        NumberInput<BigDecimal> hours = NumberInput.measure(getTranslation("expertise.field.hours"));
        hours.setHelperText(getTranslation("expertise.field.hours.help", expert.lendableHours()));
        hours.setId("help-hours");
        DatePicker neededBy = Fields.datePicker(getTranslation("expertise.field.neededBy"));
        neededBy.setId("help-needed-by");
        binder.forField(area).asRequired(getTranslation("expertise.error.area")).bind("area");
        binder.forField(what).asRequired(getTranslation("expertise.error.what")).bind("what");
        binder.forField(hours)
                .asRequired(getTranslation("expertise.error.hours"))
                .bind("hours");
        binder.forField(neededBy)
                .asRequired(getTranslation("expertise.error.neededBy"))
                .bind("neededBy");
        getContent().add(area, what, hours, neededBy);
        oneColumn();
        edit(new Ask(expert.areas().size() == 1 ? expert.areas().iterator().next() : null, "", null, null));
    }
}
