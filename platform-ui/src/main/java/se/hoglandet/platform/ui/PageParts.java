package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import se.hoglandet.platform.ui.error.UserMessages;

/**
 * The parts every record page is built from, once: a fact (term and value, left out when empty), a titled section,
 * and running a change from a button (a refusal shown in the user's language, the page left as it was; success
 * confirmed). Implemented by views; {@code getTranslation} is the component's own.
 */
public interface PageParts {

    String getTranslation(String key, Object... params);

    default void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    default Section section(String key, Component content) {
        Section section = new Section(new H2(getTranslation(key)), content);
        section.addClassName("initiative-section");
        return section;
    }

    /**
     * Renders a record page, or shows "not found" when the service refuses in a way a user may see (missing and
     * unreadable records look the same); anything else is a fault and goes on to the error page.
     */
    default void renderOrNotFound(com.vaadin.flow.router.BeforeEnterEvent event, Runnable render) {
        try {
            render.run();
        } catch (RuntimeException e) {
            if (UserMessages.keyFor(e) == null) {
                throw e;
            }
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** Runs a change; a refusal the user can act on is shown in their language and the change reports false. */
    default boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuntimeException refused) {
            String key = UserMessages.keyFor(refused);
            if (key == null) {
                throw refused;
            }
            Notification.show(getTranslation(key), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    default void confirmSaved() {
        Notification.show(getTranslation("action.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
