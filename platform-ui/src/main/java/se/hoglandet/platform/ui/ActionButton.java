package se.hoglandet.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * A button that makes one change straight away (send for review, join, move to the next phase): on success it
 * confirms with a sentence naming the action ({@link Feedback}) and lets the page re-render; a refusal is shown in
 * the user's language with the values it names ("Frågan ”Syfte” är inte besvarad"), the page left as it was.
 */
public class ActionButton extends Button {

    /**
     * @param text    the button's text
     * @param id      a stable id (tests and journeys find it by id)
     * @param action  the service call; may throw a refusal
     * @param doneKey the translation key of the sentence shown afterwards, e.g. {@code assessment.submitted}
     * @param done    what the page does with the result, e.g. re-render or navigate
     */
    public <R> ActionButton(String text, String id, Supplier<R> action, String doneKey, Consumer<R> done) {
        super(text);
        setId(id);
        addClickListener(click -> {
            R result;
            try {
                result = action.get();
            } catch (RuntimeException refused) {
                if (UserMessages.keyFor(refused) == null) {
                    throw refused;
                }
                Notification.show(UserMessages.describe(this, refused), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            Feedback.done(this, doneKey);
            done.accept(result);
        });
    }

    /** The page's main action. */
    public ActionButton primary() {
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return this;
    }

    /** A quiet action, e.g. inside a list. */
    public ActionButton tertiary() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return this;
    }
}
