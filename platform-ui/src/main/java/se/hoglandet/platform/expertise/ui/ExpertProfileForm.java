package se.hoglandet.platform.expertise.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.expertise.ExpertProfileDraft;
import se.hoglandet.platform.expertise.ExpertiseArea;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/**
 * One's own expertise: areas from the shared list, a short description, and whether and how many hours a month one
 * can help other organisations (the core keeps the offer waiting for the manager's approval and checks 1–80 hours).
 */
class ExpertProfileForm extends RecordForm<ExpertProfileDraft> {

    private final NumberInput<Integer> hours;

    ExpertProfileForm() {
        super(ExpertProfileDraft.class);
        MultiSelectComboBox<ExpertiseArea> areas = Fields.multiSelect(getTranslation("expertise.field.areas"));
        areas.setItems(ExpertiseArea.values());
        areas.setItemLabelGenerator(a -> EnumLabel.of(this, "expertise.area", a));
        areas.setId("profile-areas");
        TextArea description = new TextArea(getTranslation("expertise.field.description"));
        description.setId("profile-description");
        description.setMaxLength(2000);
        Checkbox offers = new Checkbox(getTranslation("expertise.field.offersHelp"));
        offers.setId("profile-offers");
        // Wider than the core's 1–80, so that the core's own sentence tells the reader the limit.
        hours = NumberInput.whole(getTranslation("expertise.field.hoursPerMonth"), 0, 10_000);
        hours.setId("profile-hours");
        offers.addValueChangeListener(change -> hours.setEnabled(change.getValue()));
        binder.forField(areas).bind("areas");
        binder.forField(description).bind("description");
        binder.forField(offers).bind("offersHelp");
        binder.forField(hours).withNullRepresentation(0).bind("hoursPerMonth");
        getContent().add(areas, description, offers, hours);
        oneColumn();
    }

    @Override
    public void edit(ExpertProfileDraft draft) {
        super.edit(draft);
        hours.setEnabled(draft.offersHelp());
    }
}
