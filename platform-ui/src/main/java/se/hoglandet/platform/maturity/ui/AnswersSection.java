package se.hoglandet.platform.maturity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.Map;
import java.util.function.Consumer;
import se.hoglandet.platform.maturity.Answer;
import se.hoglandet.platform.maturity.CycleDetail;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ResponseStatus;
import se.hoglandet.platform.maturity.SurveyResponse;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;

/** The invited respondent's own answers: saved as they go, then submitted; read-only once submitted or closed. */
class AnswersSection extends Section {

    AnswersSection(MaturityService maturity, CycleDetail detail, Runnable changed) {
        SurveyResponse mine = detail.myResponse();
        Long cycle = detail.cycle().id();
        addClassName("initiative-section");
        setId("my-answers");
        boolean editable = detail.open() && mine.status() != ResponseStatus.SUBMITTED;
        AnswersForm form = new AnswersForm(detail.model(), editable);
        form.edit(mine.answers());
        add(
                new H2(getTranslation("maturity.myAnswers")),
                new Paragraph(
                        getTranslation("maturity.response." + mine.status().name())),
                form);
        if (!editable) {
            return;
        }
        FormError error = new FormError();
        Consumer<Map<String, Answer>> save = answers -> {
            if (error.attempt(() -> maturity.saveAnswers(cycle, answers))) {
                Feedback.done(this, "maturity.answersSaved");
                changed.run();
            }
        };
        Consumer<Map<String, Answer>> submit = answers -> {
            // The answers are saved first, so that nothing typed is lost if submitting is refused.
            if (error.attempt(() -> maturity.saveAnswers(cycle, answers))
                    && error.attempt(() -> maturity.submitResponse(cycle))) {
                Feedback.done(this, "maturity.answersSubmitted");
                changed.run();
            }
        };
        Button saveButton = new Button(
                getTranslation("maturity.save"), click -> form.validDraft().ifPresent(save));
        saveButton.setId("save-answers");
        Button submitButton = new Button(
                getTranslation("maturity.submit"), click -> form.validDraft().ifPresent(submit));
        submitButton.setId("submit-answers");
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout buttons = new FlexLayout(saveButton, submitButton);
        buttons.addClassName("toolbar");
        add(error, buttons);
    }
}
