package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.hoglandet.platform.assessment.TemplateDefinition;

/**
 * The template's questions, section by section, as one field holding the answers by question key. A question that
 * depends on an earlier answer appears when that answer is given; above them the author reads how far they have
 * come ("12 av 14 besvarade"), counted as the service counts before sending for review.
 */
class AnswersField extends CustomField<Map<String, String>> {

    private final TemplateDefinition template;
    private final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
    private final Paragraph progress = new Paragraph();
    private boolean showing;

    AnswersField(TemplateDefinition template) {
        this.template = template;
        progress.setId("answers-progress");
        progress.getElement().setAttribute("aria-live", "polite");
        Div content = new Div(progress);
        for (TemplateDefinition.Section section : template.sections()) {
            Div questions = new Div(new H3(section.title()));
            questions.addClassName("form-section");
            section.questions().forEach(question -> questions.add(field(question)));
            content.add(questions);
        }
        add(content);
        refresh();
    }

    /** "12 av 14 besvarade": the questions shown for these answers, and how many of them have an answer. */
    static String progress(Component translator, TemplateDefinition template, Map<String, String> answers) {
        int shown = template.visibleQuestions(answers).size();
        int open = template.unanswered(answers).size();
        return translator.getTranslation("assessment.answered", shown - open, shown);
    }

    private Component field(TemplateDefinition.Question question) {
        AbstractField<?, String> field;
        if (question.kind() == TemplateDefinition.QuestionKind.TEXT) {
            TextArea area = new TextArea(question.text());
            area.setMaxLength(4000);
            area.setWidthFull();
            field = area;
        } else {
            RadioButtonGroup<String> choice = new RadioButtonGroup<>(question.text());
            if (question.kind() == TemplateDefinition.QuestionKind.YES_NO) {
                choice.setItems("YES", "NO");
                choice.setItemLabelGenerator(v -> getTranslation("answer." + v));
            } else {
                choice.setItems(question.options());
            }
            field = choice;
        }
        field.setId("answer-" + question.key());
        field.addValueChangeListener(change -> {
            if (!showing) {
                updateValue();
                refresh();
            }
        });
        fields.put(question.key(), field);
        return field;
    }

    @Override
    protected Map<String, String> generateModelValue() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            String value = field.getValue();
            if (value != null && !value.isBlank()) {
                answers.put(key, value);
            }
        });
        return answers;
    }

    @Override
    protected void setPresentationValue(Map<String, String> answers) {
        showing = true;
        try {
            fields.forEach((key, field) -> {
                String answer = answers == null ? null : answers.get(key);
                field.setValue(answer == null ? field.getEmptyValue() : answer);
            });
        } finally {
            showing = false;
        }
        refresh();
    }

    /** Shows the questions the answers call for, and the count. */
    private void refresh() {
        Map<String, String> answers = generateModelValue();
        Set<String> visible = template.visibleQuestions(answers).stream()
                .map(TemplateDefinition.Question::key)
                .collect(Collectors.toSet());
        fields.forEach((key, field) -> field.setVisible(visible.contains(key)));
        progress.setText(progress(this, template, answers));
    }
}
