package se.hoglandet.platform.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search engine port: Elasticsearch in production, embedded Lucene by default. Both pass the same contract
 * tests. Visibility is part of every engine query; nothing is filtered after the fact.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces documents (idempotent: the same document twice is one document). */
    void index(Collection<SearchDocument> documents);

    /** Removes a document if present. */
    void delete(String type, String id);

    SearchResult search(SearchQuery query, SearchScope scope);

    /**
     * The ids of {@code type}'s records whose words match {@code text}, best first, at most {@code limit}, visible to
     * the scope (part of the engine query); an anonymous scope's words match the title and the public text only
     * ({@link SearchDocument#searchableByAnyone}). For lists whose other filters and paging a database applies.
     */
    List<String> matchingIds(String type, String text, SearchScope scope, int limit);

    /** Titles starting with what was typed (the last word as a prefix), visible to the scope. */
    List<SearchResult.Suggestion> suggest(String typed, SearchScope scope, int limit);

    /**
     * The passages that best match a question, best first, from records the query's scope may read — and, for a
     * query that leaves the platform, only from records that may leave ({@link PassageQuery#leavingApprovedBy}).
     * Both conditions are part of the engine query.
     */
    List<PassageHit> passages(PassageQuery query);

    /** Documents per type, regardless of visibility: for administrators. */
    Map<String, Long> countByType();

    /**
     * Builds a new index from {@code all} and then switches to it in one step; searches keep answering from the
     * old index until the switch.
     */
    void rebuild(Stream<SearchDocument> all);

    /** Whether the index was built in an older format (analysis, fields) and must be rebuilt to be searched. */
    default boolean outdated() {
        return false;
    }

    /** A short name for the administrators' view, e.g. "Elasticsearch 9.5.3". */
    String engine();

    @Override
    void close();
}
