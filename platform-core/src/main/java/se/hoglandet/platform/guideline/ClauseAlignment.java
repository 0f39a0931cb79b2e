package se.hoglandet.platform.guideline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Lines up two guidelines' clauses for {@link GuidelineComparison}: by key when related, by topic otherwise. */
final class ClauseAlignment {

    private ClauseAlignment() {}

    /**
     * Related guidelines share clause keys by descent: one series, or one came from the other's template series, or
     * both from the same template series ({@code templateSeries} maps template version ids to their series).
     */
    static boolean related(Guideline left, Guideline right, Map<Long, String> templateSeries) {
        Set<String> leftLineage = lineage(left, templateSeries);
        return lineage(right, templateSeries).stream().anyMatch(leftLineage::contains);
    }

    private static Set<String> lineage(Guideline guideline, Map<Long, String> templateSeries) {
        Set<String> lineage = new HashSet<>();
        lineage.add(guideline.seriesId());
        if (guideline.sourceTemplateId() != null && templateSeries.containsKey(guideline.sourceTemplateId())) {
            lineage.add(templateSeries.get(guideline.sourceTemplateId()));
        }
        return lineage;
    }

    /** Left's clauses in order, each with the right's clause of the same key; then the right's own. */
    static List<GuidelineComparison.Row> byClause(Guideline left, Guideline right) {
        Map<String, GuidelineClause> rightClauses = right.clausesByKey();
        List<GuidelineComparison.Row> rows = new ArrayList<>();
        left.clausesByKey().forEach((key, clause) -> rows.add(row(key, list(clause), list(rightClauses.get(key)))));
        Set<String> leftKeys = left.clausesByKey().keySet();
        rightClauses.forEach((key, clause) -> {
            if (!leftKeys.contains(key)) {
                rows.add(row(key, List.of(), List.of(clause)));
            }
        });
        return rows;
    }

    /** One row per topic of the list that either side has a clause on, then the clauses with no topic. */
    static List<GuidelineComparison.Row> byTopic(Guideline left, Guideline right, List<GuidelineTopic> topics) {
        List<GuidelineComparison.Row> rows = new ArrayList<>();
        for (GuidelineTopic topic : topics) {
            List<GuidelineClause> l = onTopic(left, topic.code());
            List<GuidelineClause> r = onTopic(right, topic.code());
            if (!l.isEmpty() || !r.isEmpty()) {
                rows.add(row(topic.code(), l, r));
            }
        }
        List<GuidelineClause> l = onTopic(left, null);
        List<GuidelineClause> r = onTopic(right, null);
        if (!l.isEmpty() || !r.isEmpty()) {
            rows.add(row(null, l, r));
        }
        return rows;
    }

    private static List<GuidelineClause> onTopic(Guideline guideline, String topic) {
        return guideline.clausesByKey().values().stream()
                .filter(c -> topic == null ? c.topics().isEmpty() : c.topics().contains(topic))
                .toList();
    }

    private static GuidelineComparison.Row row(String key, List<GuidelineClause> left, List<GuidelineClause> right) {
        List<WordDiff.Segment> difference = WordDiff.between(text(left), text(right));
        boolean same =
                !left.isEmpty() && left.size() == right.size() && contents(left).equals(contents(right));
        return new GuidelineComparison.Row(key, left, right, difference, same);
    }

    private static String text(List<GuidelineClause> clauses) {
        return clauses.stream().map(GuidelineClause::text).collect(Collectors.joining("\n\n"));
    }

    private static List<ClauseContent> contents(List<GuidelineClause> clauses) {
        return clauses.stream().map(GuidelineClause::content).toList();
    }

    private static List<GuidelineClause> list(GuidelineClause clause) {
        return clause == null ? List.of() : List.of(clause);
    }

    static boolean sameSeries(Guideline left, Guideline right) {
        return Objects.equals(left.seriesId(), right.seriesId());
    }
}
