package se.hoglandet.platform.searchable;

import java.util.List;
import se.hoglandet.platform.shared.Actor;

/**
 * Free text through the search index, for lists whose other filters and paging the database applies: the ids of a
 * type's records whose words match, as the reader may read them. Implemented by the search module (core never
 * calls an engine); the visibility truth table is part of the engine query, and an anonymous reader's words match
 * PUBLIC records on their title and published text only ({@link SearchableRecord#publicText}), so a search cannot
 * reveal what an owner did not publish.
 */
public interface RecordTextSearch {

    /**
     * At most this many matches are handed to the database's query: enough for every register of the federation
     * (a word found in more records than this narrows to the best-matching ones).
     */
    int LIMIT = 10_000;

    /** The matching ids, best match first, at most {@code limit}. */
    List<Long> matchingIds(String type, String text, Actor reader, int limit);
}
