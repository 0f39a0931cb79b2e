package se.hoglandet.platform.publicsite.ui;

import java.util.Optional;

/** A record id in a public address: 1–18 digits, so that anything else is simply "not found" (never a 400/500). */
final class PublicIds {

    private PublicIds() {}

    static Optional<Long> parse(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
