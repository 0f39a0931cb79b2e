package se.hoglandet.platform.shared;

/**
 * A business rule refused the input. Carries a translation key (from the UI's bundles) so that the user reads
 * the reason in their own language; the English message is for logs.
 */
public class DomainValidationException extends RuntimeException {

    private final String messageKey;

    public DomainValidationException(String messageKey, String logMessage) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
