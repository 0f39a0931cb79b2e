package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import se.hoglandet.platform.search.assistant.Feedback;
import se.hoglandet.platform.ui.form.DraftForm;

/** Whether an answer helped, and a comment: the form over the assistant's {@link Feedback} draft. */
class FeedbackForm extends Composite<FormLayout> implements DraftForm<Feedback>, HasEnabled {

    /** The form's mutable model: the core's draft is a record. */
    static final class Model {
        private Boolean helpful;
        private String comment;

        Boolean getHelpful() {
            return helpful;
        }

        void setHelpful(Boolean helpful) {
            this.helpful = helpful;
        }

        String getComment() {
            return comment;
        }

        void setComment(String comment) {
            this.comment = comment;
        }
    }

    private final Binder<Model> binder = new Binder<>();
    private final RadioButtonGroup<Boolean> helpful = new RadioButtonGroup<>();
    private final TextArea comment = new TextArea();

    FeedbackForm() {
        helpful.setLabel(getTranslation("assistant.feedback.question"));
        helpful.setItems(Boolean.TRUE, Boolean.FALSE);
        helpful.setItemLabelGenerator(yes -> getTranslation(yes ? "assistant.feedback.yes" : "assistant.feedback.no"));
        helpful.setId("assistant-helpful");
        comment.setLabel(getTranslation("assistant.feedback.comment"));
        comment.setMaxLength(1000);
        comment.setId("assistant-feedback-comment");
        binder.forField(helpful)
                .asRequired(getTranslation("assistant.error.helpful"))
                .bind(Model::getHelpful, Model::setHelpful);
        binder.forField(comment).bind(Model::getComment, Model::setComment);
        getContent().add(helpful, comment);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        edit(new Feedback(null, null));
    }

    @Override
    public void edit(Feedback draft) {
        Model model = new Model();
        model.setHelpful(draft.helpful());
        model.setComment(draft.comment());
        binder.readBean(model);
    }

    @Override
    public Optional<Feedback> validDraft() {
        Model model = new Model();
        if (!binder.writeBeanIfValid(model)) {
            return Optional.empty();
        }
        return Optional.of(new Feedback(model.getHelpful(), model.getComment()));
    }
}
