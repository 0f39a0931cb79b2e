package se.hoglandet.platform.shared;

/** Free text typed by people: trimmed, required, bounded. */
public final class Texts {

    private Texts() {}

    /** The trimmed text, or a refusal under {@code messageKey} when it is blank or longer than {@code max}. */
    public static String required(String value, int max, String messageKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new DomainValidationException(messageKey, "Text of 1–" + max + " characters is required");
        }
        return trimmed;
    }

    /** The trimmed text, {@code null} when blank, or a refusal under {@code messageKey} when longer than {@code max}. */
    public static String optional(String value, int max, String messageKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new DomainValidationException(messageKey, "At most " + max + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }
}
