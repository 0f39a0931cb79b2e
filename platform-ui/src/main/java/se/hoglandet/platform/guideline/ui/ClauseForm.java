package se.hoglandet.platform.guideline.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.converter.Converter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.guideline.ClauseDraft;
import se.hoglandet.platform.guideline.ClauseKind;
import se.hoglandet.platform.guideline.GuidelineSection;
import se.hoglandet.platform.guideline.GuidelineTopic;
import se.hoglandet.platform.guideline.PlatformControl;
import se.hoglandet.platform.ui.EnumLabel;
import se.hoglandet.platform.ui.form.Fields;
import se.hoglandet.platform.ui.form.RecordForm;
import se.hoglandet.platform.ui.i18n.LanguageSelection;

/**
 * One clause: the section it stands in, its kind, its topics from the shared list, the platform control that
 * enforces it (if any) and its text in Markdown (the core renders it inert).
 */
class ClauseForm extends RecordForm<ClauseDraft> {

    ClauseForm(List<GuidelineSection> sections, List<GuidelineTopic> topics) {
        super(ClauseDraft.class);
        ComboBox<GuidelineSection> section = new ComboBox<>(getTranslation("guideline.field.section"));
        section.setItems(sections);
        section.setItemLabelGenerator(GuidelineSection::heading);
        section.setId("clause-section");
        section.setRequiredIndicatorVisible(true);
        RadioButtonGroup<ClauseKind> kind = new RadioButtonGroup<>(getTranslation("guideline.field.kind"));
        kind.setItems(ClauseKind.values());
        kind.setItemLabelGenerator(k -> EnumLabel.of(this, "guideline.kind", k));
        kind.setId("clause-kind");
        kind.setRequiredIndicatorVisible(true);
        MultiSelectComboBox<GuidelineTopic> topicChoice = Fields.multiSelect(getTranslation("guideline.field.topics"));
        topicChoice.setItems(topics.stream().filter(GuidelineTopic::isActive).toList());
        topicChoice.setItemLabelGenerator(t -> t.name(LanguageSelection.current()));
        topicChoice.setId("clause-topics");
        ComboBox<PlatformControl> control = new ComboBox<>(getTranslation("guideline.field.control"));
        control.setItems(PlatformControl.values());
        control.setItemLabelGenerator(c -> EnumLabel.of(this, "guideline.controlName", c));
        control.setHelperText(getTranslation("guideline.field.control.help"));
        control.setClearButtonVisible(true);
        control.setId("clause-control");
        TextArea text = new TextArea(getTranslation("guideline.field.text"));
        text.setHelperText(getTranslation("guideline.field.text.help"));
        text.setId("clause-text");
        text.setMaxLength(4000);
        text.setMinRows(4);
        text.setRequiredIndicatorVisible(true);
        binder.forField(section)
                .asRequired(getTranslation("guideline.error.section"))
                .withConverter(Converter.<GuidelineSection, String>from(
                        s -> com.vaadin.flow.data.binder.Result.ok(s == null ? null : s.key()),
                        key -> sections.stream()
                                .filter(s -> s.key().equals(key))
                                .findFirst()
                                .orElse(null)))
                .bind("sectionKey");
        binder.forField(kind).asRequired(getTranslation("guideline.error.kind")).bind("kind");
        binder.forField(topicChoice).withConverter(topicCodes(topics)).bind("topics");
        binder.forField(control).bind("control");
        binder.forField(text)
                .asRequired(getTranslation("guideline.field.text.required"))
                .bind("text");
        getContent().add(section, kind, topicChoice, control, text);
        oneColumn();
    }

    private static Converter<Set<GuidelineTopic>, Set<String>> topicCodes(List<GuidelineTopic> topics) {
        return Converter.from(
                chosen -> com.vaadin.flow.data.binder.Result.ok(
                        chosen.stream().map(GuidelineTopic::code).collect(Collectors.toSet())),
                codes -> topics.stream()
                        .filter(t -> codes != null && codes.contains(t.code()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
