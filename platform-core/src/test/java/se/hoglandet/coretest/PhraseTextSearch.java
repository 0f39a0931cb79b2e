package se.hoglandet.coretest;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.RecordTextSearch;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.LikePatterns;

/**
 * The core's tests run without a search engine: initiatives whose title or summary contains the text, for tests
 * that narrow a register to their own records by a marker word. The services' queries apply visibility and the
 * other filters themselves; the engines' matching is tested in the search module (contract suite).
 */
@Component
class PhraseTextSearch implements RecordTextSearch {

    private final JdbcTemplate jdbc;

    PhraseTextSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Long> matchingIds(String type, String text, Actor reader, int limit) {
        if (!"initiative".equals(type)) {
            throw new IllegalArgumentException("No test text search for " + type);
        }
        String pattern = LikePatterns.containing(text);
        return jdbc.queryForList(
                "select id from initiative where lower(title) like ? or lower(summary) like ? order by id limit ?",
                Long.class,
                pattern,
                pattern,
                limit);
    }
}
