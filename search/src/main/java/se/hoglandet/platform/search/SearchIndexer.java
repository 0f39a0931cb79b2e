package se.hoglandet.platform.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.RecordChanged;
import se.hoglandet.platform.shared.RecordTypes;

/**
 * Keeps the index in step with the database, driven by one event shape ({@link RecordChanged}) through the event
 * publication registry: a failure (engine down) throws, the publication stays incomplete and is resubmitted later,
 * and because every update reloads the record, replays are harmless. Which types are searchable, and how, the
 * record types say themselves ({@link SearchableRecords}); this class knows no capability.
 */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final RecordTypes recordTypes;
    private final Clock clock;
    private final Object[] stripes = newStripes(64);
    private volatile String lastError;
    private volatile Instant lastErrorAt;

    SearchIndexer(SearchIndex index, RecordTypes recordTypes, Clock clock) {
        this.index = index;
        this.recordTypes = recordTypes;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RecordChanged event) {
        refresh(event.recordType(), event.recordId());
    }

    /** Re-reads one record and indexes it, or removes it when it should no longer be found. */
    public void refresh(String type, String id) {
        Optional<SearchableRecords> searchable = recordTypes.find(type, SearchableRecords.class);
        if (searchable.isEmpty()) {
            return;
        }
        try {
            // Two changes of one record handled at once (say, decided then published) must not let the earlier
            // load be written last: per record, load and write happen under one lock, so the last writer read last.
            synchronized (stripes[Math.floorMod((type + ':' + id).hashCode(), stripes.length)]) {
                searchable
                        .get()
                        .load(id)
                        .map(SearchDocument::of)
                        .ifPresentOrElse(document -> index.index(List.of(document)), () -> index.delete(type, id));
            }
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            lastErrorAt = clock.instant();
            log.warn("Indexing {} {} failed; it will be retried: {}", type, id, e.getMessage());
            throw e;
        }
    }

    /** Every record of every searchable type, for a rebuild. */
    Stream<SearchDocument> everything() {
        return recordTypes.all(SearchableRecords.class).stream()
                .flatMap(SearchableRecords::all)
                .map(SearchDocument::of);
    }

    String lastError() {
        return lastError == null ? null : lastErrorAt + " " + lastError;
    }

    private static Object[] newStripes(int count) {
        Object[] stripes = new Object[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new Object();
        }
        return stripes;
    }
}
