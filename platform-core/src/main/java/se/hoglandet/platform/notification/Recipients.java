package se.hoglandet.platform.notification;

import java.util.Locale;
import java.util.Optional;

/**
 * The port through which notifications learn a recipient's address and language. The staff directory implements
 * it, so that this package stays free of the directory (which itself notifies).
 */
public interface Recipients {

    /** Where and in which language to reach a person; {@code active} false means: never notify. */
    record Recipient(Long personId, String email, Locale locale, boolean active) {}

    Optional<Recipient> find(Long personId);
}
