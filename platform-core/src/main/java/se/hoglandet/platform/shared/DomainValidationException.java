package se.hoglandet.platform.shared;

/**
 * A business rule refused the input. Carries a translation key (from the UI's bundles) so that the user reads
 * the reason in their own language; the English message is for logs.
 */
public class DomainValidationException extends RuntimeException {

    private final String messageKey;
    private final Object[] messageParameters;

    public DomainValidationException(String messageKey, String logMessage) {
        this(messageKey, logMessage, new Object[0]);
    }

    /** A refusal whose message names values, e.g. the allowed range: {@code {0}}, {@code {1}} in the message. */
    public DomainValidationException(String messageKey, String logMessage, Object... messageParameters) {
        super(logMessage);
        this.messageKey = messageKey;
        this.messageParameters = messageParameters.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageParameters() {
        return messageParameters.clone();
    }
}
