package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.hoglandet.platform.maturity.Answer;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.ui.form.DraftForm;

/**
 * A respondent's answers: per dimension its questions, each a step on the question's scale (with the step's
 * description) and, where the model asks for it, a comment. The questions come from the model, so there is no record
 * to bind: the draft is question key → answer, for the questions answered so far (saving part of the answers is
 * allowed; submitting needs all, which the service checks). The form counts what is answered as the user goes.
 */
class AnswersForm extends Composite<FormLayout> implements DraftForm<Map<String, Answer>> {

    private final Map<String, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
    private final Map<String, TextField> comments = new HashMap<>();
    private final Paragraph answered = new Paragraph();

    AnswersForm(ModelDefinition model, boolean editable) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        answered.setId("answered-count");
        answered.getElement().setAttribute("aria-live", "polite");
        form.add(answered);
        for (ModelDefinition.Dimension dimension : model.dimensions()) {
            form.add(new H3(dimension.name()));
            dimension.questions().forEach(question -> addQuestion(question, editable));
        }
        count();
    }

    private void addQuestion(ModelDefinition.Question question, boolean editable) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(question.text());
        group.setItems(
                question.scale().stream().map(ModelDefinition.Step::value).toList());
        group.setItemLabelGenerator(v -> v + " – " + question.scale().get(v - 1).description());
        group.setId("question-" + question.key());
        group.addClassName("survey-question");
        group.setReadOnly(!editable);
        group.addValueChangeListener(changed -> count());
        scores.put(question.key(), group);
        getContent().add(group);
        if (question.comment()) {
            TextField comment = new TextField(getTranslation("maturity.comment", question.text()));
            comment.setMaxLength(1000);
            comment.setWidth("min(40em, 100%)");
            comment.setReadOnly(!editable);
            comment.setId("comment-" + question.key());
            comments.put(question.key(), comment);
            getContent().add(comment);
        }
    }

    @Override
    public void edit(Map<String, Answer> draft) {
        scores.forEach((key, group) -> {
            Answer answer = draft.get(key);
            group.setValue(answer == null ? null : answer.score());
            TextField comment = comments.get(key);
            if (comment != null) {
                comment.setValue(answer == null || answer.comment() == null ? "" : answer.comment());
            }
        });
        count();
    }

    @Override
    public Optional<Map<String, Answer>> validDraft() {
        Map<String, Answer> answers = new HashMap<>();
        scores.forEach((key, group) -> {
            if (group.getValue() != null) {
                TextField comment = comments.get(key);
                answers.put(
                        key,
                        new Answer(group.getValue(), comment == null || comment.isEmpty() ? null : comment.getValue()));
            }
        });
        return Optional.of(answers);
    }

    private void count() {
        long done = scores.values().stream().filter(g -> g.getValue() != null).count();
        answered.setText(getTranslation("maturity.answeredCount", done, scores.size()));
    }
}
