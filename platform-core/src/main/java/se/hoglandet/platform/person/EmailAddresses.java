package se.hoglandet.platform.person;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as the directory keeps them: trimmed, lower-cased, of a plausible shape. */
final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]{2,}$");

    private EmailAddresses() {}

    /** The normalised address, or {@code null} when it is not a plausible address. */
    static String normalised(String address) {
        if (address == null) {
            return null;
        }
        String trimmed = address.strip().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 254 && SHAPE.matcher(trimmed).matches() ? trimmed : null;
    }
}
