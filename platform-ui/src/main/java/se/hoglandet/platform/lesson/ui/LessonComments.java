package se.hoglandet.platform.lesson.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import se.hoglandet.platform.lesson.LessonComment;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.FormError;
import se.hoglandet.platform.ui.Formats;

/**
 * Readers' comments on a lesson, oldest first, and a field to write one. A refused comment (empty, too long) stays
 * in the field with the reason above it.
 */
class LessonComments extends Div {

    /**
     * @param send  hands the text to the service; may throw a refusal
     * @param sent  what the page does after a comment went through (re-render)
     */
    LessonComments(List<LessonComment> comments, Consumer<String> send, Runnable sent) {
        setId("lesson-comments");
        add(new H3(getTranslation("lessons.comments")));
        if (comments.isEmpty()) {
            add(new Paragraph(getTranslation("lessons.comments.none")));
        }
        for (LessonComment comment : comments) {
            Div one = new Div(
                    new Span(comment.authorName() + " · " + Formats.dateTime(comment.createdAt())),
                    new Paragraph(comment.body()));
            one.addClassName("comment");
            add(one);
        }
        TextArea body = new TextArea(getTranslation("lessons.comment.write"));
        body.setId("lesson-comment");
        body.setMaxLength(2000);
        body.setWidthFull();
        FormError error = new FormError();
        Button post = new Button(getTranslation("lessons.comment.send"), click -> {
            if (error.attempt(() -> send.accept(body.getValue()))) {
                Feedback.done(this, "lessons.comment.sent");
                sent.run();
            }
        });
        post.setId("send-comment");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(error, body, post);
    }
}
