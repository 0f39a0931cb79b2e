package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.NumberInput;
import se.hoglandet.platform.ui.form.RecordForm;

/** A course as its academy administrator describes it, over the core's {@link CourseDraft}. */
class CourseForm extends RecordForm<CourseDraft> {

    /** A new course: everybody may take it, at the level of shared competence. */
    static final CourseDraft NEW_COURSE =
            new CourseDraft("", "", null, null, Set.of(), Set.of(), false, null, CollaborationLevel.SHARED_COMPETENCE);

    /** @param organisations the organisations an audience may name */
    CourseForm(List<Organisation> organisations) {
        super(CourseDraft.class);
        TextField title = new TextField(getTranslation("course.field.title"));
        title.setId("course-title");
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("course.field.description"));
        description.setId("course-description");
        description.setMaxLength(4000);
        ComboBox<CourseTopic> topic = new ComboBox<>(getTranslation("course.field.topic"));
        topic.setItems(CourseTopic.values());
        topic.setItemLabelGenerator(t -> EnumLabel.of(this, "course.topic", t));
        topic.setId("course-topic");
        ComboBox<CourseFormat> format = new ComboBox<>(getTranslation("course.field.format"));
        format.setItems(CourseFormat.values());
        format.setItemLabelGenerator(f -> EnumLabel.of(this, "course.format", f));
        format.setId("course-format");
        MultiSelectComboBox<Role> roles = Fields.multiSelect(getTranslation("course.field.audienceRoles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> EnumLabel.of(this, "role", r));
        roles.setHelperText(getTranslation("course.field.audience.help"));
        roles.setId("course-roles");
        Map<Long, String> names =
                organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        MultiSelectComboBox<Long> audience = Fields.multiSelect(getTranslation("course.field.audienceOrganisations"));
        audience.setItems(organisations.stream().map(Organisation::id).toList());
        audience.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        audience.setHelperText(getTranslation("course.field.audience.help"));
        audience.setId("course-audience");
        Checkbox basic = new Checkbox(getTranslation("course.field.basicAiLiteracy"));
        basic.setId("course-basic");
        NumberInput<Integer> validity = NumberInput.whole(getTranslation("course.field.validityMonths"), 1, 120);
        validity.setId("course-validity");
        validity.setHelperText(getTranslation("course.field.validityMonths.help"));
        ComboBox<CollaborationLevel> level = new ComboBox<>(getTranslation("course.field.level"));
        level.setItems(CollaborationLevel.values());
        level.setItemLabelGenerator(l ->
                getTranslation("initiative.level.short", l.number(), getTranslation("initiative.level." + l.number())));
        level.setId("course-level");

        binder.forField(title).asRequired(getTranslation("course.error.title")).bind("title");
        binder.forField(description)
                .asRequired(getTranslation("course.error.description"))
                .bind("description");
        binder.forField(topic).asRequired(getTranslation("course.error.kind")).bind("topic");
        binder.forField(format).asRequired(getTranslation("course.error.kind")).bind("format");
        binder.forField(roles).bind("audienceRoles");
        binder.forField(audience).bind("audienceOrganisationIds");
        binder.forField(basic).bind("basicAiLiteracy");
        binder.forField(validity).bind("validityMonths");
        binder.forField(level).asRequired(getTranslation("course.error.kind")).bind("collaborationLevel");

        FormLayout form = getContent();
        form.add(title, topic, format, description, roles, audience, basic, validity, level);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
    }
}
