package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hoglandet.platform.search.assistant.Answer;
import se.hoglandet.platform.search.assistant.AssistantService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;

/**
 * Asks the assistant and shows its answer with the feedback form below it; a refused question says why, an engine
 * that is down says so. Used by the page and by the panel beside the search results.
 */
class AnswerSection extends Div {

    private static final Logger log = LoggerFactory.getLogger(AnswerSection.class);

    private final AssistantService assistant;
    private final int headingLevel;
    private final FormError error = new FormError();

    AnswerSection(AssistantService assistant, int headingLevel) {
        this.assistant = assistant;
        this.headingLevel = headingLevel;
        addClassName("assistant-answer-section");
        getElement().setAttribute("aria-live", "polite");
        add(error);
    }

    /** Asks and shows the answer (or why there is none). */
    void ask(String question) {
        removeAll();
        add(error);
        try {
            error.attempt(() -> show(assistant.ask(question)));
        } catch (RuntimeException e) {
            log.warn("The assistant could not answer", e);
            Paragraph unavailable = new Paragraph(getTranslation("assistant.unavailable"));
            unavailable.setId("assistant-unavailable");
            add(unavailable);
        }
    }

    private void show(Answer answer) {
        add(new AnswerView(answer, headingLevel));
        FeedbackForm form = new FeedbackForm();
        FormError refused = new FormError();
        Button send = new Button(getTranslation("assistant.feedback.send"));
        send.setId("assistant-feedback-send");
        send.addClickListener(click -> form.validDraft().ifPresent(feedback -> {
            if (refused.attempt(() -> assistant.feedback(answer.questionId(), feedback))) {
                form.setEnabled(false);
                send.setEnabled(false);
                Feedback.done(this, "assistant.feedback.done");
            }
        }));
        Div feedback = new Div(form, refused, send);
        feedback.addClassName("assistant-feedback");
        add(feedback);
    }
}
