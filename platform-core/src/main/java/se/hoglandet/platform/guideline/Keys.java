package se.hoglandet.platform.guideline;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Stable keys of sections and clauses ({@code c-3f9a1b2c7d}): made once, copied into every later version and every
 * adopter's copy, used as anchors on the pages. Imported keys must have the same shape.
 */
final class Keys {

    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    private Keys() {}

    static String newKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static boolean wellFormed(String key) {
        return key != null && SHAPE.matcher(key).matches();
    }
}
