package se.hoglandet.platform.search;

import java.util.Map;
import java.util.Set;

/**
 * What a user asks: free text (blank for everything), facet selections (values within a facet are OR-ed, facets
 * are AND-ed), the order and the page.
 */
public record SearchQuery(String text, Map<String, Set<String>> filters, Order order, int page, int size) {

    /** How results are ordered. */
    public enum Order {
        RELEVANCE,
        NEWEST
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        filters = Map.copyOf(filters);
        if (!SearchDocument.FACETS.containsAll(filters.keySet())) {
            throw new IllegalArgumentException("Unknown facet in " + filters.keySet());
        }
        if (page < 0 || size < 1 || size > 100) {
            throw new IllegalArgumentException("Page must be ≥ 0 and size 1–100");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of(), Order.RELEVANCE, 0, 20);
    }

    public SearchQuery withFilter(String facet, String... values) {
        java.util.Map<String, Set<String>> more = new java.util.HashMap<>(filters);
        more.put(facet, Set.of(values));
        return new SearchQuery(text, more, order, page, size);
    }

    public SearchQuery page(int newPage, int newSize) {
        return new SearchQuery(text, filters, order, newPage, newSize);
    }

    public SearchQuery orderedBy(Order newOrder) {
        return new SearchQuery(text, filters, newOrder, page, size);
    }
}
