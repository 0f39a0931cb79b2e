package se.hoglandet.platform.ui.error;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.Translatable;

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
                ? translator.getTranslation(key, translated(translator, validation.messageParameters()))
                : translator.getTranslation(key);
    }

    /** The values a message names, with the translatable ones (a row's reason, a list of them) in words. */
    private static Object[] translated(Component translator, Object[] parameters) {
        Object[] out = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            out[i] = translated(translator, parameters[i]);
        }
        return out;
    }

    private static Object translated(Component translator, Object parameter) {
        if (parameter instanceof Translatable part) {
            return translator.getTranslation(
                    part.key(), translated(translator, part.parameters().toArray()));
        }
        if (parameter instanceof List<?> parts && parts.stream().allMatch(Translatable.class::isInstance)) {
            return parts.stream()
                    .map(part -> String.valueOf(translated(translator, part)))
                    .collect(Collectors.joining(" "));
        }
        return parameter;
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
