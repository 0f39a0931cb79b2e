package se.hoglandet.platform.search.assistant;

import java.time.Instant;

/**
 * A question the shared knowledge did not answer — nothing scored high enough, or the asker found the answer
 * unhelpful: a gap worth a lesson or a course. Who asked is left out; their organisation is enough.
 */
public record Gap(
        long questionId, Instant askedAt, String organisation, String question, Reason reason, String comment) {

    public enum Reason {
        NO_BASIS,
        NOT_HELPFUL
    }
}
