package se.hoglandet.platform.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import se.hoglandet.platform.ui.form.RecordForm;

/** The expert's answer to a review request: a statement, or why they decline. The read access ends with it. */
class ReviewAnswerForm extends RecordForm<ReviewAnswerForm.Answer> {

    /** The expert's answer; the core takes it as arguments, so the form has its own small record. */
    public record Answer(boolean answered, String statement) {}

    ReviewAnswerForm() {
        super(Answer.class);
        RadioButtonGroup<Boolean> kind = new RadioButtonGroup<>(getTranslation("assessment.expertReview.answerKind"));
        kind.setItems(true, false);
        kind.setItemLabelGenerator(answered ->
                getTranslation(answered ? "assessment.expertReview.giveAnswer" : "assessment.expertReview.decline"));
        kind.setId("review-answer-kind");
        TextArea statement = new TextArea(getTranslation("assessment.expertReview.statement"));
        statement.setId("review-answer");
        statement.setMaxLength(4000);
        binder.forField(kind).asRequired().bind("answered");
        binder.forField(statement).bind("statement");
        getContent().add(new Paragraph(getTranslation("assessment.expertReview.answerNote")), kind, statement);
        oneColumn();
        edit(new Answer(true, ""));
    }
}
