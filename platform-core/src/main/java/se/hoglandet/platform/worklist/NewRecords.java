package se.hoglandet.platform.worklist;

import java.time.Instant;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The one way a capability answers "new since": a count and the first few, newest first, in two queries. */
public final class NewRecords {

    private NewRecords() {}

    /**
     * @param readable  the records the actor may read (the visibility rules, applied in the query)
     * @param dateField the entity's instant that says when the record appeared, e.g. {@code createdAt}
     */
    public static <T> NewItems of(
            String kind,
            JpaSpecificationExecutor<T> repository,
            Specification<T> readable,
            String dateField,
            Instant since,
            Function<T, WorkItem> item) {
        Specification<T> appeared = (root, query, cb) -> cb.greaterThan(root.get(dateField), since);
        Specification<T> wanted = readable.and(appeared);
        long count = repository.count(wanted);
        if (count == 0) {
            return new NewItems(kind, 0, java.util.List.of());
        }
        return new NewItems(
                kind,
                count,
                repository
                        .findAll(
                                wanted,
                                PageRequest.of(
                                        0, WorkItems.FIRST, Sort.by(Sort.Order.desc(dateField), Sort.Order.desc("id"))))
                        .map(item)
                        .getContent());
    }
}
