package se.hoglandet.platform.search.assistant;

import java.util.List;

/**
 * The assistant's answer to one question.
 *
 * @param questionId  the question in the audit, for feedback
 * @param kind        no basis, quotes from the sources, or a generated text citing them
 * @param generated   the model's text with its [n] citations (plain text), only for {@link Kind#GENERATED}
 * @param sources     the records answered from, numbered as cited; each with the quoted passages, marked
 * @param note        why a generative answer was not given, if one was possible; null otherwise
 */
public record Answer(long questionId, Kind kind, String generated, List<Source> sources, Note note) {

    public Answer {
        sources = List.copyOf(sources);
    }

    /** How the question was answered. */
    public enum Kind {
        /** Nothing scored high enough: "Jag hittar inget underlag för det". */
        NO_BASIS,
        /** The best passages, quoted. */
        QUOTES,
        /** A model's answer from permitted passages, citing them; AI-generated, to be checked against the sources. */
        GENERATED
    }

    /** Why the answer is quotes although generative answers are configured. */
    public enum Note {
        /** The asker's organisation has not approved the generative assistant in the tools register. */
        NOT_APPROVED,
        /** None of the passages found may leave the platform. */
        NOTHING_MAY_LEAVE,
        /** The model did not answer in time, or failed. */
        MODEL_UNAVAILABLE,
        /** The model's answer cited no passage, or one it was not given. */
        CITATIONS_INVALID
    }

    /** A record answered from: number (as cited), what it is, its title and link, and the quotes. */
    public record Source(int number, String type, String title, String link, List<Quote> quotes) {

        public Source {
            quotes = List.copyOf(quotes);
        }
    }

    /** A quoted passage: HTML with the record's text escaped and the question's words in {@code <mark>}. */
    public record Quote(String html) {}

    public boolean aiGenerated() {
        return kind == Kind.GENERATED;
    }
}
