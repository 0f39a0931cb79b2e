package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.ui.form.RecordForm;

/** The next step for an incident and a note on it; closing it needs the resolution written down. */
class IncidentStatusForm extends RecordForm<IncidentStatusForm.Draft> {

    /** The note the service's {@code changeStatus} takes (the resolution when closing). */
    public record Draft(String note) {}

    IncidentStatusForm(IncidentStatus target) {
        super(Draft.class);
        boolean closing = target == IncidentStatus.CLOSED;
        TextArea note = new TextArea(getTranslation(closing ? "incident.field.resolution" : "incident.field.note"));
        note.setId("incident-note");
        note.setMaxLength(4000);
        var binding = binder.forField(note);
        if (closing) {
            binding = binding.asRequired(getTranslation("incident.error.resolution"));
        }
        binding.withNullRepresentation("").bind("note");
        getContent().add(note);
        oneColumn();
    }
}
