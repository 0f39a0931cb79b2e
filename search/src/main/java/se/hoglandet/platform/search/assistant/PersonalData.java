package se.hoglandet.platform.search.assistant;

import java.util.regex.Pattern;

/**
 * Masks what must never leave the platform in free text: Swedish personal identity numbers (and co-ordination
 * numbers), e-mail addresses and phone numbers. Applied to the question and every passage before a prompt is built,
 * and to the question the audit keeps.
 */
public final class PersonalData {

    /** 19/20 + YYMMDD, a dash, plus or nothing, four digits; also co-ordination numbers (day + 60). */
    private static final Pattern PERSONAL_NUMBER =
            Pattern.compile("(?<!\\d)(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])(?:[0-8]\\d|9[01])[-+ ]?\\d{4}(?!\\d)");

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");

    /** +46 or 0 and at least seven more digits, with the spaces, dashes and brackets people write. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\p{N}])(?:\\+46|0046|0)[ -]?\\(?\\d{1,4}\\)?(?:[ -]?\\d){5,10}(?![\\p{N}])");

    public static final String PERSONAL_NUMBER_MASK = "[personnummer]";
    public static final String EMAIL_MASK = "[e-post]";
    public static final String PHONE_MASK = "[telefon]";

    private PersonalData() {}

    /** The text without any of it: for searching, where a number is no clue and should not reach the engine. */
    public static String remove(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String removed = EMAIL.matcher(text).replaceAll(" ");
        removed = PERSONAL_NUMBER.matcher(removed).replaceAll(" ");
        return PHONE.matcher(removed).replaceAll(" ");
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll(EMAIL_MASK);
        masked = PERSONAL_NUMBER.matcher(masked).replaceAll(PERSONAL_NUMBER_MASK);
        return PHONE.matcher(masked).replaceAll(PHONE_MASK);
    }
}
