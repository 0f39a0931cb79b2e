package se.hoglandet.platform.incident.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.ui.form.DraftForm;

/** The next step for an incident and a note on it; closing it needs the resolution written down. */
class IncidentStatusForm extends Composite<FormLayout> implements DraftForm<IncidentStatusForm.Draft> {

    /** The note the service's {@code changeStatus} takes (the resolution when closing). */
    public record Draft(String note) {}

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    IncidentStatusForm(IncidentStatus target) {
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
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
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
