package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Aside;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.i18n.BundleTranslations;

/**
 * The facets beside the hits: each value with its count, chosen values kept even when they have no hits left.
 * Values are stable codes; people read names.
 */
class SearchFacets extends Aside {

    static final List<String> FACETS = List.of(
            SearchDocument.TYPE,
            SearchDocument.ORGANISATION,
            SearchDocument.LEVEL,
            SearchDocument.STATUS,
            SearchDocument.TAGS);

    /** Where the status facet's values are named, by the lifecycles that share it (first match wins). */
    private static final List<String> STATUS_LABELS =
            List.of("assessment.status.", "procurement.phase.", "initiative.status.", "guideline.status.");

    private final Map<String, String> organisationNames;

    /**
     * @param organisationNames organisation names by code
     * @param chosen            runs with a facet and its newly chosen values when the user changes one
     */
    SearchFacets(
            SearchResult result,
            SearchQuery current,
            Map<String, String> organisationNames,
            BiConsumer<String, Set<String>> chosen) {
        this.organisationNames = organisationNames;
        addClassName("search-facets");
        setId("search-facets");
        for (String facet : FACETS) {
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            Set<String> selected = current.filters().getOrDefault(facet, Set.of());
            if (counts.isEmpty() && selected.isEmpty()) {
                continue;
            }
            Map<String, Long> countByValue = new HashMap<>();
            counts.forEach(c -> countByValue.put(c.value(), c.count()));
            Set<String> values = new LinkedHashSet<>(countByValue.keySet());
            values.addAll(selected);
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + facet));
            group.setItems(values);
            group.setItemLabelGenerator(
                    value -> label(facet, value) + " (" + Formats.whole(countByValue.getOrDefault(value, 0L)) + ")");
            group.setValue(selected);
            group.setId("facet-" + facet);
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    chosen.accept(facet, change.getValue());
                }
            });
            add(group);
        }
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case SearchDocument.TYPE -> getTranslation("search.type." + value);
            case SearchDocument.LEVEL -> getTranslation("search.level", value);
            case SearchDocument.ORGANISATION -> organisationNames.getOrDefault(value, value);
            // Initiatives, assessments, procurements and guidelines share the status facet; each value is one of
            // their lifecycles.
            case SearchDocument.STATUS ->
                getTranslation(STATUS_LABELS.stream()
                        .map(prefix -> prefix + value)
                        .filter(BundleTranslations::has)
                        .findFirst()
                        .orElse("initiative.status." + value));
            default -> value;
        };
    }
}
