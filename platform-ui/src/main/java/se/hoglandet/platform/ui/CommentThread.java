package se.hoglandet.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The comments on one part of a record (an assessment's section, a procurement's requirement), oldest first, and a
 * field for writing one. A refusal (empty, too long) is said under the heading; what was typed stays.
 */
public class CommentThread extends Div {

    /** One comment as the thread shows it. */
    public record Entry(String author, Instant writtenAt, String body) {}

    /**
     * @param key        names the thread in ids: {@code comment-<key>} and {@code send-comment-<key>}
     * @param about      what the comments are about, for the field's label and the button's accessible name
     * @param entries    the comments so far
     * @param post       saves a comment (a service call); may throw a refusal
     * @param posted     what the page does afterwards, e.g. re-render
     */
    public CommentThread(String key, String about, List<Entry> entries, Consumer<String> post, Runnable posted) {
        addClassName("comment-thread");
        if (!entries.isEmpty()) {
            UnorderedList list = new UnorderedList();
            entries.forEach(entry -> list.add(new ListItem(
                    new Span(getTranslation("comment.meta", entry.author(), Formats.dateTime(entry.writtenAt()))),
                    new Span(" " + entry.body()))));
            add(new H3(getTranslation("comment.heading", about)), list);
        }
        TextArea text = new TextArea(getTranslation("comment.field", about));
        text.setId("comment-" + key);
        text.setMaxLength(2000);
        text.setWidthFull();
        FormError error = new FormError();
        Button send = new Button(getTranslation("comment.send"), click -> {
            if (error.attempt(() -> post.accept(text.getValue()))) {
                Feedback.done(this, "comment.sent");
                posted.run();
            }
        });
        send.setId("send-comment-" + key);
        send.setAriaLabel(getTranslation("comment.sendAbout", about));
        add(error, text, send);
    }
}
