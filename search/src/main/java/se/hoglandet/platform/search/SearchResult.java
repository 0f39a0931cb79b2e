package se.hoglandet.platform.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and the facet counts for the whole result.
 *
 * @param facets facet name → values with counts, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * A hit. {@code snippet} is HTML: the record's own text escaped, with matches wrapped in {@code <mark>}; it
     * carries no other markup.
     */
    public record Hit(String type, String id, String title, String snippet, String link, Instant date) {}

    /** A facet value and how many hits have it. */
    public record FacetCount(String value, long count) {}

    /** A title suggestion while typing. */
    public record Suggestion(String type, String id, String title, String link) {}
}
