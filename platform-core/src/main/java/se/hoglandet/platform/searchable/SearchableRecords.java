package se.hoglandet.platform.searchable;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import se.hoglandet.platform.shared.RecordType;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * What a record type contributes to search: one record as a {@link SearchableRecord} (empty when it should not be
 * found, e.g. deleted or deactivated) and all of them for a rebuild. Implemented by the type's one
 * {@link RecordType} bean. Both read past the visibility rules (the index applies them per query), so only the
 * platform calls them, never a view.
 */
public interface SearchableRecords extends RecordType {

    @SystemAccess("The search indexer reloads a changed record after the change, outside any user's request")
    Optional<SearchableRecord> load(String id);

    @SystemAccess("Rebuilding the search index walks every record, outside any user's request")
    Stream<SearchableRecord> all();

    /** Rows of a whole table in id order, one batch per call (and so per transaction): a rebuild never holds all. */
    int BATCH = 500;

    static <T> Stream<T> inBatches(BiFunction<Long, Integer, List<Long>> idsAfter, Function<List<Long>, List<T>> load) {
        return Stream.iterate(
                        idsAfter.apply(0L, BATCH), ids -> !ids.isEmpty(), ids -> idsAfter.apply(ids.getLast(), BATCH))
                .flatMap(ids -> load.apply(ids).stream());
    }

    /** The id as the record's own key; a malformed id is no record at all. */
    static Optional<Long> numericId(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
