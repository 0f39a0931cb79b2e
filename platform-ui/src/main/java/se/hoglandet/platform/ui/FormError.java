package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Paragraph;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * The place where a form or dialog says, in the user's language, why a change was refused: announced to screen
 * readers (role alert), hidden while there is nothing to say. What the user typed stays where it was.
 */
public class FormError extends Paragraph {

    public FormError() {
        addClassName("form-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * Runs a change. Returns {@code true} when it went through; on a refusal the service explained (a validation,
     * permission or stale-edit message) shows that reason and returns {@code false}; anything else propagates to
     * the error handler.
     */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            clear();
            return true;
        } catch (RuntimeException refused) {
            if (UserMessages.keyFor(refused) == null) {
                throw refused;
            }
            show(UserMessages.describe(this, refused));
            return false;
        }
    }

    public void show(String message) {
        setText(message);
        setVisible(true);
    }

    public void clear() {
        setText("");
        setVisible(false);
    }
}
