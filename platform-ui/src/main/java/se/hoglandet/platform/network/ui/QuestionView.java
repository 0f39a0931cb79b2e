package se.hoglandet.platform.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.network.NetworkAnswer;
import se.hoglandet.platform.network.NetworkQuestion;
import se.hoglandet.platform.network.QuestionDetail;
import se.hoglandet.platform.network.QuestionService;
import se.hoglandet.platform.ui.Badge;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PageParts;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.RouteIds;
import se.hoglandet.platform.ui.form.TextDialog;

/** A question to a network, its answers oldest first (the solving one marked), answering and marking the solution. */
@Route("networks/questions/" + RouteIds.ID)
@PermitAll
public class QuestionView extends Main implements BeforeEnterObserver, PortalView, PageParts {

    private final QuestionService questions;
    private Long id;
    private String title = "";

    QuestionView(QuestionService questions) {
        this.questions = questions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(null);
        renderOrNotFound(event, () -> render(questions.detail(id)));
    }

    private void render(QuestionDetail detail) {
        removeAll();
        NetworkQuestion question = detail.question();
        title = question.title();
        H2 heading = new H2(question.title());
        heading.setId("question-heading");
        add(
                heading,
                new RouterLink(
                        getTranslation("question.inNetwork", detail.network().name()),
                        NetworkView.class,
                        NetworksView.id(detail.network().id())),
                new Paragraph(getTranslation("question.byline", question.authorName(), when(question.createdAt()))),
                new Paragraph(question.body()));
        Div answers = new Div();
        answers.setId("question-answers");
        if (detail.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("question.answers.empty")));
        }
        for (NetworkAnswer answer : detail.answers()) {
            answers.add(answer(detail, answer));
        }
        add(section("question.answers", answers));
        if (detail.mayAnswer()) {
            Button reply = new Button(
                    getTranslation("question.answer"),
                    click -> TextDialog.open(
                            this,
                            new TextDialog.Ask(
                                    "question.answer", "question.answer.body", "answer", "", "network.error.answer"),
                            body -> questions.answer(id, body),
                            "question.answered",
                            saved -> reload()));
            reply.setId("answer-question");
            add(reply);
        }
    }

    private Div answer(QuestionDetail detail, NetworkAnswer answer) {
        Div box = new Div(
                new Paragraph(getTranslation("question.byline", answer.authorName(), when(answer.createdAt()))),
                new Paragraph(answer.body()));
        box.addClassName("answer");
        if (answer.id().equals(detail.question().solvingAnswerId())) {
            box.addComponentAsFirst(Badge.of(getTranslation("question.solving"), "badge success"));
        } else if (detail.mayMarkSolving()) {
            Button mark = new Button(getTranslation("question.markSolving"), click -> {
                if (attempt(() -> questions.markSolving(id, detail.question().version(), answer.id()))) {
                    Feedback.done(this, "question.markedSolving");
                    reload();
                }
            });
            mark.setId("mark-solving-" + answer.id());
            box.add(mark);
        }
        return box;
    }

    private static String when(java.time.Instant moment) {
        return Formats.dateTime(moment);
    }

    private void reload() {
        render(questions.detail(id));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
