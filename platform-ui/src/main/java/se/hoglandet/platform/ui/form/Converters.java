package se.hoglandet.platform.ui.form;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.hoglandet.platform.organisation.Organisation;

/** Converters that forms bind draft records with: tags typed as one line, records chosen by name kept as ids. */
public final class Converters {

    private Converters() {}

    /** "ai, copilot" ↔ {ai, copilot}: blanks and surrounding spaces dropped, shown sorted. */
    public static Converter<String, Set<String>> tags() {
        return Converter.from(
                typed -> Result.ok(Arrays.stream((typed == null ? "" : typed).split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .collect(Collectors.toSet())),
                tags -> tags == null ? "" : tags.stream().sorted().collect(Collectors.joining(", ")));
    }

    /** The organisations chosen among {@code offered} ↔ their ids, as {@link #ids} keeps them. */
    public static Converter<Set<Organisation>, Set<Long>> organisationIds(List<Organisation> offered) {
        return ids(offered, Organisation::id);
    }

    /**
     * The items chosen among {@code offered} ↔ their ids. Ids of items the picker does not offer (an organisation
     * deactivated since, a record the reader may not see) are kept as they were, so saving never drops them unseen.
     */
    public static <T> Converter<Set<T>, Set<Long>> ids(List<T> offered, Function<T, Long> idOf) {
        return new Ids<>(offered, idOf);
    }

    /**
     * The chosen item ↔ its id, the item found by {@code find}. An id whose item cannot be shown (a record the reader
     * may not read) stays as it was unless another item is chosen: saving never drops what the reader could not see.
     */
    public static <T> Converter<T, Long> id(Function<T, Long> idOf, Function<Long, Optional<T>> find) {
        return new Id<>(idOf, find);
    }

    private static final class Id<T> implements Converter<T, Long> {
        private final Function<T, Long> idOf;
        private final Function<Long, Optional<T>> find;
        private Long unseen;

        Id(Function<T, Long> idOf, Function<Long, Optional<T>> find) {
            this.idOf = idOf;
            this.find = find;
        }

        @Override
        public Result<Long> convertToModel(T chosen, ValueContext context) {
            return Result.ok(chosen != null ? idOf.apply(chosen) : unseen);
        }

        @Override
        public T convertToPresentation(Long id, ValueContext context) {
            Optional<T> shown = id == null ? Optional.empty() : find.apply(id);
            unseen = shown.isEmpty() ? id : null;
            return shown.orElse(null);
        }
    }

    private static final class Ids<T> implements Converter<Set<T>, Set<Long>> {
        private final List<T> offered;
        private final Function<T, Long> idOf;
        private Set<Long> notOffered = Set.of();

        Ids(List<T> offered, Function<T, Long> idOf) {
            this.offered = offered;
            this.idOf = idOf;
        }

        @Override
        public Result<Set<Long>> convertToModel(Set<T> chosen, ValueContext context) {
            Set<Long> ids = new HashSet<>(notOffered);
            (chosen == null ? Set.<T>of() : chosen).forEach(item -> ids.add(idOf.apply(item)));
            return Result.ok(ids);
        }

        @Override
        public Set<T> convertToPresentation(Set<Long> ids, ValueContext context) {
            Set<Long> held = ids == null ? Set.of() : ids;
            Set<Long> offeredIds = offered.stream().map(idOf).collect(Collectors.toSet());
            notOffered = held.stream().filter(id -> !offeredIds.contains(id)).collect(Collectors.toSet());
            return offered.stream()
                    .filter(item -> held.contains(idOf.apply(item)))
                    .collect(Collectors.toSet());
        }
    }
}
