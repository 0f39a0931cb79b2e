package se.hoglandet.platform.academy;

import java.time.LocalDate;

/**
 * What the public verification page may say about a certificate code: no more than name, course and date.
 *
 * @param state VALID, EXPIRED or UNKNOWN (then every other field is null)
 */
public record Verification(State state, String name, String courseTitle, LocalDate completedOn, LocalDate validUntil) {

    public enum State {
        VALID,
        EXPIRED,
        UNKNOWN
    }

    static Verification unknown() {
        return new Verification(State.UNKNOWN, null, null, null, null);
    }
}
