package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.form.NumberInput;

/** Creates a course or changes one; a refusal keeps the dialog and what was typed. */
class CourseDialog extends Dialog {

    CourseDialog(CourseService courses, List<Organisation> organisations, Course existing, Consumer<Course> saved) {
        setHeaderTitle(getTranslation(existing == null ? "course.action.create" : "course.action.edit"));
        TextField title = new TextField(getTranslation("course.field.title"));
        title.setId("course-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("course.field.description"));
        description.setId("course-description");
        description.setMaxLength(4000);
        description.setRequiredIndicatorVisible(true);
        ComboBox<CourseTopic> topic = new ComboBox<>(getTranslation("course.field.topic"));
        topic.setItems(CourseTopic.values());
        topic.setItemLabelGenerator(t -> getTranslation("course.topic." + t.name()));
        topic.setId("course-topic");
        ComboBox<CourseFormat> format = new ComboBox<>(getTranslation("course.field.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("course.format." + f.name()));
        format.setId("course-format");
        MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>(getTranslation("course.field.audienceRoles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setHelperText(getTranslation("course.field.audience.help"));
        MultiSelectComboBox<Organisation> audience =
                new MultiSelectComboBox<>(getTranslation("course.field.audienceOrganisations"));
        audience.setItems(organisations);
        audience.setItemLabelGenerator(Organisation::name);
        audience.setHelperText(getTranslation("course.field.audience.help"));
        Checkbox basic = new Checkbox(getTranslation("course.field.basicAiLiteracy"));
        basic.setId("course-basic");
        NumberInput<Integer> validity = NumberInput.whole(getTranslation("course.field.validityMonths"), 1, 120);
        validity.setId("course-validity");
        validity.setHelperText(getTranslation("course.field.validityMonths.help"));
        ComboBox<CollaborationLevel> level = new ComboBox<>(getTranslation("course.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number())));
        level.setValue(CollaborationLevel.SHARED_COMPETENCE);
        if (existing != null) {
            title.setValue(existing.title());
            description.setValue(existing.description());
            topic.setValue(existing.topic());
            format.setValue(existing.format());
            roles.setValue(
                    existing.audienceRoles().isEmpty()
                            ? EnumSet.noneOf(Role.class)
                            : EnumSet.copyOf(existing.audienceRoles()));
            audience.setValue(organisations.stream()
                    .filter(o -> existing.audienceOrganisationIds().contains(o.id()))
                    .collect(Collectors.toSet()));
            basic.setValue(existing.basicAiLiteracy());
            validity.setValue(existing.validityMonths());
            level.setValue(existing.collaborationLevel());
        }
        FormError error = new FormError();
        Button save = new Button(getTranslation("action.save"), click -> {
            Course[] result = new Course[1];
            if (error.attempt(() -> {
                CourseDraft draft = new CourseDraft(
                        title.getValue(),
                        description.getValue(),
                        topic.getValue(),
                        format.getValue(),
                        roles.getValue(),
                        audience.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                        basic.getValue(),
                        validity.parsed(),
                        level.getValue());
                result[0] = existing == null
                        ? courses.create(draft)
                        : courses.update(existing.id(), existing.version(), draft);
            })) {
                close();
                saved.accept(result[0]);
            }
        });
        save.setId("save-course");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, topic, format, description, roles, audience, basic, validity, level);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(error, form);
        getFooter().add(new Button(getTranslation("action.cancel"), c -> close()), save);
        setWidth("min(52em, 95vw)");
    }
}
