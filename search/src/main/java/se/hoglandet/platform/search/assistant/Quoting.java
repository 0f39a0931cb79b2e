package se.hoglandet.platform.search.assistant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.hoglandet.platform.search.PassageHit;
import se.hoglandet.platform.search.PassageQuery;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchScope;

/**
 * The embedded, extractive answer: the engine's best passages the scope may read, those that hold enough of the
 * question ({@link QuestionMatch}), grouped by record (at most {@value #MAX_SOURCES}, {@value #QUOTES_PER_SOURCE}
 * quotes each) with the question's words marked. No external service. Public for the benchmark, which measures
 * exactly this.
 */
public final class Quoting {

    /** Passages the engine returns for the judge to choose from. */
    static final int CANDIDATES = 30;

    static final int MAX_SOURCES = 4;
    static final int QUOTES_PER_SOURCE = 2;

    private Quoting() {}

    /** The sources quoted for a question (personal data already removed), in the scope's eyes; empty: no basis. */
    public static List<Answer.Source> answer(SearchIndex index, String question, SearchScope scope) {
        QuestionMatch match = new QuestionMatch(question);
        return sources(
                relevant(index.passages(PassageQuery.reading(question, scope, CANDIDATES)), match, CANDIDATES), match);
    }

    /** The passages good enough to answer, in the engine's order, at most {@code limit}. */
    static List<PassageHit> relevant(List<PassageHit> candidates, QuestionMatch match, int limit) {
        if (match.isEmpty()) {
            return List.of();
        }
        return candidates.stream().filter(match::answeredBy).limit(limit).toList();
    }

    /** The sources for the chosen passages: grouped by record, numbered, quoted with the question's words marked. */
    static List<Answer.Source> sources(List<PassageHit> passages, QuestionMatch match) {
        List<Answer.Source> sources = new ArrayList<>();
        for (List<PassageHit> quotes : grouped(passages).values()) {
            PassageHit first = quotes.getFirst();
            sources.add(new Answer.Source(
                    sources.size() + 1,
                    first.type(),
                    first.title(),
                    first.link(),
                    quotes.stream()
                            .map(q -> new Answer.Quote(match.marked(q.text())))
                            .toList()));
        }
        return sources;
    }

    /** The passages quoted, by record in the engine's order: the first records, the first passages of each. */
    static Map<String, List<PassageHit>> grouped(List<PassageHit> passages) {
        Map<String, List<PassageHit>> byRecord = new LinkedHashMap<>();
        for (PassageHit passage : passages) {
            List<PassageHit> quotes = byRecord.get(passage.recordKey());
            if (quotes == null && byRecord.size() < MAX_SOURCES) {
                quotes = new ArrayList<>();
                byRecord.put(passage.recordKey(), quotes);
            }
            if (quotes != null && quotes.size() < QUOTES_PER_SOURCE) {
                quotes.add(passage);
            }
        }
        return byRecord;
    }
}
