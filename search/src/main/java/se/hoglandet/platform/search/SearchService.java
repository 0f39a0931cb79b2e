package se.hoglandet.platform.search;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Search for signed-in users: the current actor's scope goes into the engine query, so everyone finds exactly what
 * the visibility truth table lets them read. Anonymous visitors are not served here: documents hold internal
 * fields too, and the public sees published fields only (the public register).
 */
@Service
public class SearchService {

    /** What administrators see of the index. */
    public record Overview(String engine, Map<String, Long> documentsPerType, long pendingEvents, String lastError) {}

    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final CurrentActor currentActor;
    private final JdbcTemplate jdbc;

    SearchService(SearchIndex index, SearchIndexer indexer, CurrentActor currentActor, JdbcTemplate jdbc) {
        this.index = index;
        this.indexer = indexer;
        this.currentActor = currentActor;
        this.jdbc = jdbc;
    }

    @RequiresLogin
    public SearchResult search(SearchQuery query) {
        return index.search(query, SearchScope.of(currentActor.get()));
    }

    @RequiresLogin
    public List<SearchResult.Suggestion> suggest(String typed, int limit) {
        return index.suggest(typed, SearchScope.of(currentActor.get()), Math.min(Math.max(limit, 1), 20));
    }

    @RequiresRole(Role.PLATFORM_ADMIN)
    public Overview overview() {
        Long pending = jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and LISTENER_ID like ?",
                Long.class,
                "%" + SearchIndexer.class.getName() + "%");
        return new Overview(index.engine(), index.countByType(), pending == null ? 0 : pending, indexer.lastError());
    }

    /** Rebuilds the whole index from the database; searches keep answering from the old one meanwhile. */
    @RequiresRole(Role.PLATFORM_ADMIN)
    public void reindexAll() {
        index.rebuild(indexer.everything());
    }
}
