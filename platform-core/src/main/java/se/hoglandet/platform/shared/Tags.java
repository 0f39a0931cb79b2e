package se.hoglandet.platform.shared;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Free tags on records (initiatives, lessons…): short words, lower case, at most {@value #MAX} per record. */
public final class Tags {

    public static final int MAX = 10;
    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{0,59}$");

    private Tags() {}

    /** Trimmed, lower-cased, blanks dropped, sorted; refuses a malformed tag or more than {@value #MAX}. */
    public static Set<String> normalise(Collection<String> tags) {
        Set<String> normalised = new TreeSet<>();
        for (String tag : tags) {
            String trimmed = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!trimmed.isEmpty()) {
                if (!TAG.matcher(trimmed).matches()) {
                    throw new DomainValidationException(
                            "initiative.error.tag", "Tags are words of up to 60 characters");
                }
                normalised.add(trimmed);
            }
        }
        if (normalised.size() > MAX) {
            throw new DomainValidationException("initiative.error.tags", "At most " + MAX + " tags");
        }
        return normalised;
    }
}
