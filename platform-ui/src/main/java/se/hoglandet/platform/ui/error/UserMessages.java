package se.hoglandet.platform.ui.error;

import com.vaadin.flow.component.Component;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;

/** Turns an exception into a sentence the user can act on, in their language; never a stack trace. */
public final class UserMessages {

    private UserMessages() {}

    /** The translation key for what went wrong; {@code null} when it is an unexpected error. */
    public static String keyFor(Throwable error) {
        Throwable cause = rootDomainCause(error);
        if (cause instanceof DomainValidationException validation) {
            return validation.messageKey();
        }
        if (cause instanceof StaleEditException
                || cause instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
            return "error.staleEdit";
        }
        if (cause instanceof PermissionDeniedException) {
            return "error.permissionDenied";
        }
        return null;
    }

    /** The sentence for what went wrong, with the values the message names (e.g. an allowed range). */
    public static String describe(Component translator, Throwable error) {
        String key = keyFor(error);
        if (key == null) {
            return translator.getTranslation("error.unexpected");
        }
        return rootDomainCause(error) instanceof DomainValidationException validation
                ? translator.getTranslation(key, validation.messageParameters())
                : translator.getTranslation(key);
    }

    private static Throwable rootDomainCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainValidationException
                    || t instanceof StaleEditException
                    || t instanceof PermissionDeniedException
                    || t instanceof org.springframework.orm.ObjectOptimisticLockingFailureException) {
                return t;
            }
        }
        return error;
    }
}
