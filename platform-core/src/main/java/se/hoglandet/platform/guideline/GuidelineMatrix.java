package se.hoglandet.platform.guideline;

import java.util.List;
import java.util.Map;

/**
 * Which organisation has a rule on which topic, across every guideline published now: one column per
 * organisation (the federation's template first), one row per topic of the shared list. A cell holds the
 * strongest kind of clause the guideline has on the topic (a rule before a responsibility, a principle, a
 * recommendation, a definition) and the clause to link to; no cell, no clause on the topic.
 */
public record GuidelineMatrix(List<Column> columns, List<GuidelineTopic> topics, Map<String, Map<Long, Cell>> cells) {

    /** One organisation's published guideline. */
    public record Column(
            Long organisationId, String organisationName, Long guidelineId, int versionNumber, boolean template) {}

    /** The strongest clause on a topic, and how many clauses the guideline has on it. */
    public record Cell(ClauseKind kind, String clauseKey, int clauses) {}

    public GuidelineMatrix {
        columns = List.copyOf(columns);
        topics = List.copyOf(topics);
        cells = Map.copyOf(cells);
    }

    /** The cell of a topic and a guideline; {@code null} when the guideline says nothing on the topic. */
    public Cell cell(String topic, Long guidelineId) {
        return cells.getOrDefault(topic, Map.of()).get(guidelineId);
    }
}
