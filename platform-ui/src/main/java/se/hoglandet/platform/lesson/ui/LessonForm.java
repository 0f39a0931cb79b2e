package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Converters;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.FormButtons;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A lesson's text, category, tags and readers, over the core's {@link LessonDraft}: what is loaded is what is
 * saved, so nothing the form does not show (such as named organisations) is lost. Never calls a service: its page
 * listens for the save event.
 */
class LessonForm extends RecordForm<LessonDraft> {

    private final TextField title = new TextField();
    private final TextArea tried = new TextArea();
    private final TextArea worked = new TextArea();
    private final TextArea didNotWork = new TextArea();
    private final TextArea recommendation = new TextArea();
    private final ComboBox<LessonCategory> category = new ComboBox<>();
    private final TextField tags = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Organisation> named = Fields.multiSelect("");
    private final FormButtons<LessonDraft> buttons = new FormButtons<>(this, "save-lesson");

    LessonForm(List<Organisation> otherOrganisations) {
        super(LessonDraft.class);
        title.setLabel(getTranslation("lesson.field.title"));
        title.setId("lesson-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        tried.setLabel(getTranslation("lesson.field.tried"));
        tried.setId("lesson-tried");
        tried.setRequiredIndicatorVisible(true);
        worked.setLabel(getTranslation("lesson.field.worked"));
        didNotWork.setLabel(getTranslation("lesson.field.didNotWork"));
        recommendation.setLabel(getTranslation("lesson.field.recommendation"));
        for (TextArea area : new TextArea[] {tried, worked, didNotWork, recommendation}) {
            area.setMaxLength(2000);
        }
        category.setLabel(getTranslation("lesson.field.category"));
        category.setItems(LessonCategory.values());
        category.setItemLabelGenerator(c -> EnumLabel.of(this, "lesson.category", c));
        category.setId("lesson-category");
        tags.setLabel(getTranslation("lesson.field.tags"));
        tags.setId("lesson-tags");
        visibility.setLabel(getTranslation("initiative.field.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v ->
                getTranslation("visibility." + v.name()) + " – " + getTranslation("visibility." + v.name() + ".help"));
        visibility.setId("lesson-visibility");
        named.setLabel(getTranslation("lesson.field.named"));
        named.setHelperText(getTranslation("lesson.field.named.help"));
        named.setItems(otherOrganisations);
        named.setItemLabelGenerator(Organisation::name);
        named.setId("lesson-named");
        // Naming organisations only means something for a shared lesson; the names are kept while hidden.
        visibility.addValueChangeListener(change -> named.setVisible(change.getValue() == Visibility.SHARED));

        binder.forField(title)
                .asRequired(getTranslation("lesson.error.required"))
                .bind("title");
        binder.forField(tried)
                .asRequired(getTranslation("lesson.error.required"))
                .bind("tried");
        binder.forField(worked).bind("worked");
        binder.forField(didNotWork).bind("didNotWork");
        binder.forField(recommendation).bind("recommendation");
        binder.forField(category)
                .asRequired(getTranslation("lesson.error.category"))
                .bind("category");
        binder.forField(tags).withConverter(Converters.tags()).bind("tags");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(named)
                .withConverter(Converters.organisationIds(otherOrganisations))
                .bind("namedOrganisationIds");

        FormLayout form = getContent();
        form.add(title, category, tried, worked, didNotWork, recommendation, tags, visibility, named, buttons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(visibility, 2);
        form.setColspan(named, 2);
        form.setColspan(buttons, 2);
    }

    /** Shows a draft: a new lesson's defaults or what a saved one holds. */
    @Override
    public void edit(LessonDraft draft) {
        super.edit(draft);
        named.setVisible(draft.visibility() == Visibility.SHARED);
    }

    /** Listens for a valid draft the user asked to save. */
    Registration addSaveListener(ComponentEventListener<FormButtons.SaveEvent<LessonDraft>> listener) {
        return buttons.addSaveListener(listener);
    }

    Registration addCancelListener(ComponentEventListener<FormButtons.CancelEvent> listener) {
        return buttons.addCancelListener(listener);
    }
}
