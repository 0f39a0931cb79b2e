package se.hoglandet.platform.shared;

import java.util.Locale;

/** SQL LIKE patterns from user text: the wildcards a user types are matched literally. */
public final class LikePatterns {

    /** The escape character the patterns use; pass it to {@code CriteriaBuilder.like(…, ESCAPE)}. */
    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** "contains", case-insensitive when compared with a lower-cased column. */
    public static String containing(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
