package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.ui.form.RecordForm;

/** A new collaboration level and why: the history keeps both. */
class LevelForm extends RecordForm<LevelForm.Draft> {

    /** The level to move to and the reason, as the service takes them. */
    public record Draft(CollaborationLevel level, String reason) {}

    LevelForm() {
        super(Draft.class);
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
        oneColumn();
    }
}
