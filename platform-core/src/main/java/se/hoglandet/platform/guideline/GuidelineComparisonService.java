package se.hoglandet.platform.guideline;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresLogin;

/**
 * Guidelines against each other: any two the actor may read, clause by clause or topic by topic with word-level
 * differences, and the matrix of which organisation has a rule on which topic across every published guideline.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineComparisonService {

    private final Guidelines guidelines;

    GuidelineComparisonService(Guidelines guidelines) {
        this.guidelines = guidelines;
    }

    /** Two readable guidelines side by side; related ones by clause key, others by topic. */
    @RequiresLogin
    public GuidelineComparison compare(Long leftId, Long rightId) {
        Guideline left = guidelines.readable(leftId);
        Guideline right = guidelines.readable(rightId);
        List<GuidelineTopic> topics = guidelines.topics();
        Map<Long, String> templateSeries = new HashMap<>();
        Stream.of(left.sourceTemplateId(), right.sourceTemplateId())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id ->
                        guidelines.repository().findById(id).ifPresent(t -> templateSeries.put(id, t.seriesId())));
        boolean related = ClauseAlignment.related(left, right, templateSeries);
        return new GuidelineComparison(
                left,
                right,
                related ? GuidelineComparison.Alignment.BY_CLAUSE : GuidelineComparison.Alignment.BY_TOPIC,
                related ? ClauseAlignment.byClause(left, right) : ClauseAlignment.byTopic(left, right, topics),
                topics);
    }

    /**
     * The matrix over every guideline published now (public documents, so anyone may read it): the template
     * first, then the organisations by name. Three queries, whatever the number of guidelines and clauses.
     */
    @AnonymousAccess
    public GuidelineMatrix matrix() {
        List<Guideline> published = guidelines.repository().currentlyPublished().stream()
                .sorted(Comparator.comparing(Guideline::isTemplate)
                        .reversed()
                        .thenComparing(g -> g.ownerOrganisation().name()))
                .toList();
        List<GuidelineTopic> topics = guidelines.topics();
        Map<String, Map<Long, GuidelineMatrix.Cell>> cells = new LinkedHashMap<>();
        for (Guideline guideline : published) {
            Map<String, List<GuidelineClause>> byTopic = guideline.clausesByKey().values().stream()
                    .flatMap(c -> c.topics().stream().map(t -> Map.entry(t, c)))
                    .collect(Collectors.groupingBy(
                            Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            byTopic.forEach((topic, clauses) -> {
                GuidelineClause strongest = clauses.stream()
                        .min(Comparator.comparing(c -> c.kind().strength()))
                        .orElseThrow();
                cells.computeIfAbsent(topic, t -> new HashMap<>())
                        .put(
                                guideline.id(),
                                new GuidelineMatrix.Cell(strongest.kind(), strongest.key(), clauses.size()));
            });
        }
        List<GuidelineMatrix.Column> columns = published.stream()
                .map(g -> new GuidelineMatrix.Column(
                        g.ownerOrganisation().id(),
                        g.ownerOrganisation().name(),
                        g.id(),
                        g.versionNumber(),
                        g.isTemplate()))
                .toList();
        return new GuidelineMatrix(columns, topics, cells);
    }
}
