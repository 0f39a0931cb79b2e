package se.hoglandet.platform.search.documents;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

/** Walks a whole table in id order, one batch per transaction, so that a rebuild never holds everything at once. */
final class Batches {

    static final int SIZE = 500;

    private Batches() {}

    static <T> Stream<T> all(BiFunction<Long, Integer, List<Long>> idsAfter, Function<List<Long>, List<T>> load) {
        return Stream.iterate(
                        idsAfter.apply(0L, SIZE), ids -> !ids.isEmpty(), ids -> idsAfter.apply(ids.getLast(), SIZE))
                .flatMap(ids -> load.apply(ids).stream());
    }
}
