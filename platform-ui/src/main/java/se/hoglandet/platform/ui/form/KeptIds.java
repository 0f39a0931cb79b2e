package se.hoglandet.platform.ui.form;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A picker's chosen items ↔ the ids a draft holds. Ids the picker cannot show (a record the reader may not see, an
 * organisation no longer offered) are kept as they were: what is loaded is what is saved.
 *
 * @param <T> the picker's item, e.g. {@code Organisation} or {@link Choice}
 */
public final class KeptIds<T> implements Converter<Set<T>, Set<Long>> {

    private final Function<T, Long> id;
    private final Function<Set<Long>, Collection<T>> shown;
    private Set<Long> hidden = Set.of();

    /**
     * @param id    an item's id
     * @param shown the items the picker can show for some ids (fewer when some are not offered)
     */
    public KeptIds(Function<T, Long> id, Function<Set<Long>, Collection<T>> shown) {
        this.id = id;
        this.shown = shown;
    }

    /** Over a fixed list of offered items. */
    public static <T> KeptIds<T> of(Collection<T> offered, Function<T, Long> id) {
        return new KeptIds<>(
                id,
                ids -> offered.stream()
                        .filter(item -> ids.contains(id.apply(item)))
                        .toList());
    }

    @Override
    public Result<Set<Long>> convertToModel(Set<T> value, ValueContext context) {
        Set<Long> ids = new HashSet<>(hidden);
        if (value != null) {
            value.forEach(item -> ids.add(id.apply(item)));
        }
        return Result.ok(ids);
    }

    @Override
    public Set<T> convertToPresentation(Set<Long> value, ValueContext context) {
        Set<Long> ids = value == null ? Set.of() : value;
        Set<T> items = new HashSet<>(shown.apply(ids));
        Set<Long> shownIds = items.stream().map(id).collect(Collectors.toSet());
        hidden = ids.stream().filter(i -> !shownIds.contains(i)).collect(Collectors.toSet());
        return items;
    }
}
