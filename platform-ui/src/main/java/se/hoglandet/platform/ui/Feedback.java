package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a page confirms that something was done: a short sentence that names it ("Signeringen är sparad",
 * "Lärdomen är publicerad"), never a bare "Sparat." for everything. Announced politely to screen readers.
 */
public final class Feedback {

    private Feedback() {}

    /** Shows the sentence behind {@code key}, formatted with {@code params}, in the translator's language. */
    public static void done(Component translator, String key, Object... params) {
        Notification notification =
                Notification.show(translator.getTranslation(key, params), 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setAssertive(false);
    }
}
