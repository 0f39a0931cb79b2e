package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.hoglandet.platform.network.QuestionDraft;
import se.hoglandet.platform.ui.form.RecordForm;

/** A member's question to the network, over the core's {@link QuestionDraft}. */
class QuestionForm extends RecordForm<QuestionDraft> {

    QuestionForm() {
        super(QuestionDraft.class);
        TextField title = new TextField(getTranslation("question.field.title"));
        title.setId("question-title");
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        TextArea body = new TextArea(getTranslation("question.field.body"));
        body.setId("question-body");
        body.setMaxLength(4000);
        body.setRequiredIndicatorVisible(true);
        binder.forField(title)
                .asRequired(getTranslation("network.error.questionTitle"))
                .bind("title");
        binder.forField(body)
                .asRequired(getTranslation("network.error.questionBody"))
                .bind("body");
        getContent().add(title, body);
        oneColumn();
        edit(new QuestionDraft("", ""));
    }
}
