package se.hoglandet.platform.guideline;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a clause says, without where it stands: kind, topics, control and text. Two clauses say the same when their contents
 * are equal; the text is compared without the differences an editor makes by itself (line endings, surrounding
 * blanks). Used for the local-change marks and the three-way comparison with the template.
 */
public record ClauseContent(ClauseKind kind, Set<String> topics, PlatformControl control, String text) {

    public ClauseContent {
        topics = topics == null ? Set.of() : Set.copyOf(new TreeSet<>(topics));
        text = normalised(text);
    }

    static String normalised(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
