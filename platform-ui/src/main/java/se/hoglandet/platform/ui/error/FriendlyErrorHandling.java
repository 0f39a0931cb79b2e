package se.hoglandet.platform.ui.error;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers (a click, a save) become a notification in the user's language. Unexpected ones are
 * logged with a reference the user can quote to support; the stack trace stays in the log.
 */
@Component
class FriendlyErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(errorEvent -> {
                    UI ui = UI.getCurrent();
                    Throwable error = errorEvent.getThrowable();
                    if (clientWentAway(error)) {
                        // The browser closed or navigated away mid-response: nobody to tell, nothing went wrong.
                        log.debug("Client went away: {}", error.toString());
                        return;
                    }
                    String key = UserMessages.keyFor(error);
                    String reference = null;
                    if (key == null) {
                        reference = UUID.randomUUID().toString().substring(0, 8);
                        log.error("Unexpected error, reference {}", reference, error);
                    }
                    if (ui == null) {
                        return;
                    }
                    String text = key == null
                            ? ui.getTranslation("error.unexpected") + " "
                                    + ui.getTranslation("error.reference", reference)
                            : UserMessages.describe(ui, error);
                    ui.access(() -> {
                        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
                        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    });
                }));
    }

    /** Tomcat's ClientAbortException (or a reset connection) anywhere in the chain. */
    static boolean clientWentAway(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")
                    || t.getClass().getSimpleName().equals("AsyncRequestNotUsableException")) {
                return true;
            }
        }
        return false;
    }
}
