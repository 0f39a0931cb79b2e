package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.initiative.ParticipationRole;
import se.hoglandet.platform.initiative.ParticipationStatus;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.RecordForm;

/** A participating organisation's own part in an initiative: its role, how far it has come, a note. */
class ParticipationForm extends RecordForm<ParticipationForm.Draft> {

    /** What the service's {@code updateParticipation} takes besides the ids. */
    public record Draft(ParticipationRole role, ParticipationStatus status, String note) {}

    ParticipationForm() {
        super(Draft.class);
        ComboBox<ParticipationRole> role =
                new ComboBox<>(getTranslation("participation.role"), ParticipationRole.values());
        role.setItemLabelGenerator(r -> EnumLabel.of(this, "participation.role", r));
        role.setId("participation-role");
        ComboBox<ParticipationStatus> status =
                new ComboBox<>(getTranslation("participation.status"), ParticipationStatus.values());
        status.setItemLabelGenerator(s -> EnumLabel.of(this, "participation.status", s));
        status.setId("participation-status");
        TextField note = new TextField(getTranslation("participation.note"));
        note.setMaxLength(500);
        note.setId("participation-note");
        binder.forField(role)
                .asRequired(getTranslation("participation.error.required"))
                .bind("role");
        binder.forField(status)
                .asRequired(getTranslation("participation.error.required"))
                .bind("status");
        binder.forField(note).withNullRepresentation("").bind("note");
        getContent().add(role, status, note);
        getContent().setColspan(note, 2);
    }
}
