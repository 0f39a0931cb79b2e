package se.hoglandet.platform.guideline;

import java.util.Set;

/**
 * One clause as its writer gives it: the section it stands in (by key), its kind, its topics (codes from the shared
 * list), the platform control that enforces it (or none) and its text in Markdown.
 */
public record ClauseDraft(
        String sectionKey, ClauseKind kind, Set<String> topics, PlatformControl control, String text) {

    public ClauseDraft {
        topics = topics == null ? Set.of() : Set.copyOf(topics);
    }

    /** The content the clause would have, for comparisons. */
    ClauseContent content() {
        return new ClauseContent(kind, topics, control, text);
    }
}
