package se.hoglandet.platform.search;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.RecordTextSearch;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.Actor;

/** Core's free-text port answered by the index: the reader's scope is part of the engine query. */
@Component
class IndexedTextSearch implements RecordTextSearch {

    private final SearchIndex index;

    IndexedTextSearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public List<Long> matchingIds(String type, String text, Actor reader, int limit) {
        return index.matchingIds(type, text, SearchScope.of(reader), limit).stream()
                .map(SearchableRecords::numericId)
                .flatMap(Optional::stream)
                .toList();
    }
}
