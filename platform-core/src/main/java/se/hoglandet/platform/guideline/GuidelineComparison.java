package se.hoglandet.platform.guideline;

import java.util.List;

/**
 * Two guidelines side by side. Where one descends from the other (versions of one guideline, a template and its
 * adopters, two adopters of the same template) the clauses are lined up by their keys; otherwise by topic, each row
 * holding every clause of either side on that topic. Each row says word by word what differs.
 */
public record GuidelineComparison(
        Guideline left, Guideline right, Alignment alignment, List<Row> rows, List<GuidelineTopic> topics) {

    public enum Alignment {
        BY_CLAUSE,
        BY_TOPIC
    }

    /**
     * @param key        the clause key (by clause) or the topic code (by topic; {@code null} for clauses without one)
     * @param left       the left side's clauses in the row (none, one, or by topic several)
     * @param right      the right side's
     * @param difference the words of the left text against the right text
     */
    public record Row(
            String key,
            List<GuidelineClause> left,
            List<GuidelineClause> right,
            List<WordDiff.Segment> difference,
            boolean same) {}

    public GuidelineComparison {
        rows = List.copyOf(rows);
        topics = List.copyOf(topics);
    }

    /** How many rows differ. */
    public long differences() {
        return rows.stream().filter(r -> !r.same()).count();
    }
}
