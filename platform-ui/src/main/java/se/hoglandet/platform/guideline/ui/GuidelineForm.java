package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import se.hoglandet.platform.guideline.GuidelineDraft;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A guideline's title, summary and readers before it is published (never public: publishing makes it so). The
 * organisations a draft names stay as they were: {@link #draft} carries them over from the draft shown.
 */
class GuidelineForm extends RecordForm<GuidelineForm.Head> {

    /** What the form edits of a {@link GuidelineDraft}. */
    public record Head(String title, String summary, Visibility visibility) {}

    GuidelineForm() {
        super(Head.class);
        TextField title = new TextField(getTranslation("guideline.field.title"));
        title.setId("guideline-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea summary = new TextArea(getTranslation("guideline.field.summary"));
        summary.setHelperText(getTranslation("guideline.field.summary.help"));
        summary.setId("guideline-summary");
        summary.setMaxLength(2000);
        RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>(getTranslation("guideline.field.visibility"));
        visibility.setItems(Arrays.stream(Visibility.values())
                .filter(v -> v != Visibility.PUBLIC)
                .toList());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        visibility.setHelperText(getTranslation("guideline.field.visibility.help"));
        visibility.setId("guideline-visibility");
        binder.forField(title)
                .asRequired(getTranslation("guideline.error.title"))
                .bind("title");
        binder.forField(summary).withNullRepresentation("").bind("summary");
        binder.forField(visibility)
                .asRequired(getTranslation("visibility.error.required"))
                .bind("visibility");
        getContent().add(title, summary, visibility);
        oneColumn();
    }

    static Head head(GuidelineDraft draft) {
        Visibility shown = draft.visibility() == Visibility.PUBLIC ? Visibility.PRIVATE : draft.visibility();
        return new Head(draft.title(), draft.summary(), shown);
    }

    /** The draft to save: the head from the form, the named organisations from {@code before}. */
    static GuidelineDraft draft(Head head, GuidelineDraft before) {
        return new GuidelineDraft(
                head.title(),
                head.summary(),
                head.visibility(),
                before.namedOrganisationIds(),
                before.participatingOrganisationIds());
    }
}
