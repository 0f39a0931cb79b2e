package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.ui.form.DraftForm;

/** A new collaboration level and why: the history keeps both. */
class LevelForm extends Composite<FormLayout> implements DraftForm<LevelForm.Draft> {

    /** The level to move to and the reason, as the service takes them. */
    public record Draft(CollaborationLevel level, String reason) {}

    private final Binder<Draft> binder = new Binder<>(Draft.class);

    LevelForm() {
        RadioButtonGroup<CollaborationLevel> level = new RadioButtonGroup<>(getTranslation("initiative.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(
                l -> Labels.level(this, l) + " – " + getTranslation("initiative.level." + l.number() + ".help"));
        level.setId("level-target");
        TextArea reason = new TextArea(getTranslation("initiative.level.reason"));
        reason.setMaxLength(1000);
        reason.setId("level-reason");
        binder.forField(level).asRequired().bind("level");
        binder.forField(reason)
                .asRequired(getTranslation("initiative.error.levelReason"))
                .bind("reason");
        getContent().add(level, reason);
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
