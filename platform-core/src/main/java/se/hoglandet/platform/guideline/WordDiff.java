package se.hoglandet.platform.guideline;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word-level difference between two texts, from java-diff-utils' Myers diff over the words: runs of words that
 * stay, go and come, in reading order. Whitespace only separates words (a line break or double space is no change).
 */
public final class WordDiff {

    /** What happened to a run of words between the left and the right text. */
    public enum Change {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of words, joined by single spaces. */
    public record Segment(Change change, String text) {}

    private WordDiff() {}

    public static List<Segment> between(String left, String right) {
        List<String> from = words(left);
        List<String> to = words(right);
        List<Segment> segments = new ArrayList<>();
        int next = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(segments, Change.SAME, from.subList(next, at));
            add(segments, Change.REMOVED, delta.getSource().getLines());
            add(segments, Change.ADDED, delta.getTarget().getLines());
            next = at + delta.getSource().size();
        }
        add(segments, Change.SAME, from.subList(next, from.size()));
        return List.copyOf(segments);
    }

    /** Whether the texts differ in any word. */
    public static boolean differ(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }

    private static List<String> words(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
    }

    private static void add(List<Segment> segments, Change change, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Segment(change, String.join(" ", words)));
        }
    }
}
