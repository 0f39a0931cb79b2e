package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A lesson's text, category, tags and readers, over the core's {@link LessonDraft}: what is loaded is what is
 * saved, so nothing the form does not show (such as named organisations) is lost. Never calls a service: the view
 * asks it for a valid draft.
 */
class LessonForm extends Composite<FormLayout> {

    private final Binder<LessonDraft> binder = new Binder<>(LessonDraft.class);
    private final TextField title = new TextField();
    private final TextArea tried = new TextArea();
    private final TextArea worked = new TextArea();
    private final TextArea didNotWork = new TextArea();
    private final TextArea recommendation = new TextArea();
    private final ComboBox<LessonCategory> category = new ComboBox<>();
    private final TextField tags = new TextField();
    private final RadioButtonGroup<Visibility> visibility = new RadioButtonGroup<>();
    private final MultiSelectComboBox<Organisation> named = new MultiSelectComboBox<>();

    LessonForm(List<Organisation> otherOrganisations) {
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
        binder.forField(tags).withConverter(new TagsConverter()).bind("tags");
        binder.forField(visibility).asRequired().bind("visibility");
        binder.forField(named)
                .withConverter(new OrganisationIdsConverter(otherOrganisations))
                .bind("namedOrganisationIds");

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("save-lesson");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> fireEvent(new CancelEvent(this)));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);

        FormLayout form = getContent();
        form.add(title, category, tried, worked, didNotWork, recommendation, tags, visibility, named, buttons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(visibility, 2);
        form.setColspan(named, 2);
        form.setColspan(buttons, 2);
    }

    /** Shows a draft: a new lesson's defaults or what a saved one holds. */
    void edit(LessonDraft draft) {
        binder.readRecord(draft);
        named.setVisible(draft.visibility() == Visibility.SHARED);
    }

    /** The draft when every field is valid; otherwise the fields show why. */
    Optional<LessonDraft> validDraft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private void save() {
        validDraft().ifPresent(draft -> fireEvent(new SaveEvent(this, draft)));
    }

    /** The user asked to save a valid draft. */
    static final class SaveEvent extends ComponentEvent<LessonForm> {
        private final LessonDraft draft;

        SaveEvent(LessonForm source, LessonDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        LessonDraft draft() {
            return draft;
        }
    }

    /** The user left without saving. */
    static final class CancelEvent extends ComponentEvent<LessonForm> {
        CancelEvent(LessonForm source) {
            super(source, false);
        }
    }

    /** "ai, copilot" ↔ {ai, copilot}. */
    private static final class TagsConverter implements Converter<String, Set<String>> {
        @Override
        public Result<Set<String>> convertToModel(String value, com.vaadin.flow.data.binder.ValueContext context) {
            return Result.ok(Arrays.stream((value == null ? "" : value).split(","))
                    .map(String::strip)
                    .filter(tag -> !tag.isEmpty())
                    .collect(Collectors.toSet()));
        }

        @Override
        public String convertToPresentation(Set<String> value, com.vaadin.flow.data.binder.ValueContext context) {
            return value == null ? "" : value.stream().sorted().collect(Collectors.joining(", "));
        }
    }

    /** The chosen organisations ↔ their ids; ids of organisations no longer offered are kept as they were. */
    private static final class OrganisationIdsConverter implements Converter<Set<Organisation>, Set<Long>> {
        private final List<Organisation> offered;
        private Set<Long> notOffered = Set.of();

        OrganisationIdsConverter(List<Organisation> offered) {
            this.offered = offered;
        }

        @Override
        public Result<Set<Long>> convertToModel(
                Set<Organisation> value, com.vaadin.flow.data.binder.ValueContext context) {
            Set<Long> ids = value.stream().map(Organisation::id).collect(Collectors.toSet());
            ids.addAll(notOffered);
            return Result.ok(ids);
        }

        @Override
        public Set<Organisation> convertToPresentation(
                Set<Long> value, com.vaadin.flow.data.binder.ValueContext context) {
            Set<Long> ids = value == null ? Set.of() : value;
            Set<Long> offeredIds = offered.stream().map(Organisation::id).collect(Collectors.toSet());
            notOffered = ids.stream().filter(id -> !offeredIds.contains(id)).collect(Collectors.toSet());
            return offered.stream().filter(o -> ids.contains(o.id())).collect(Collectors.toSet());
        }
    }
}
