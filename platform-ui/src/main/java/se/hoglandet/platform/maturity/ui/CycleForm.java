package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;

/** A new survey cycle: its name, the model version it asks, when it is open, and who takes part. */
class CycleForm extends RecordForm<CycleDraft> {

    CycleForm(List<MaturityModel> models, List<Organisation> organisations) {
        super(CycleDraft.class);
        TextField name = new TextField(getTranslation("maturity.cycle"));
        name.setMaxLength(200);
        name.setId("cycle-name");
        Map<Long, String> modelNames = models.stream()
                .collect(Collectors.toMap(
                        MaturityModel::id, m -> getTranslation("maturity.modelVersion", m.name(), m.modelVersion())));
        ComboBox<Long> model = new ComboBox<>(getTranslation("maturity.model"));
        model.setItems(models.stream().map(MaturityModel::id).toList());
        model.setItemLabelGenerator(id -> modelNames.getOrDefault(id, ""));
        model.setId("cycle-model");
        DatePicker opens = Fields.datePicker(getTranslation("maturity.opens"));
        opens.setId("cycle-opens");
        DatePicker closes = Fields.datePicker(getTranslation("maturity.closes"));
        closes.setId("cycle-closes");
        Map<Long, String> names =
                organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        MultiSelectComboBox<Long> participants = Fields.multiSelect(getTranslation("maturity.organisations"));
        participants.setItems(organisations.stream().map(Organisation::id).toList());
        participants.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        participants.setId("cycle-organisations");

        binder.forField(name).asRequired(getTranslation("maturity.error.name")).bind("name");
        binder.forField(model)
                .asRequired(getTranslation("maturity.error.chooseModel"))
                .bind("modelId");
        binder.forField(opens)
                .asRequired(getTranslation("maturity.error.dates"))
                .bind("opensOn");
        binder.forField(closes)
                .asRequired(getTranslation("maturity.error.dates"))
                .withValidator(
                        day -> opens.getValue() == null || !day.isBefore(opens.getValue()),
                        getTranslation("maturity.error.dates"))
                .bind("closesOn");
        binder.forField(participants)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("maturity.error.organisations"))
                .bind("organisationIds");

        FormLayout form = getContent();
        form.add(name, model, opens, closes, participants);
        form.setColspan(participants, 2);
    }

    /** A new cycle of the newest model, open for four weeks from today, with nobody chosen yet. */
    static CycleDraft newCycle(List<MaturityModel> models) {
        Long newest = models.stream().findFirst().map(MaturityModel::id).orElse(null);
        return new CycleDraft("", newest, Formats.today(), Formats.today().plusWeeks(4), Set.of());
    }
}
