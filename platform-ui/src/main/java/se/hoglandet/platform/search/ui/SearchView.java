package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.search.assistant.AssistantService;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.i18n.BundleTranslations;

/**
 * Search across everything the user may read: free text in Swedish, facets with counts, highlighted snippets,
 * paging. The URL carries the query, the facet choices, the order and the page, so a search can be bookmarked and
 * shared (each recipient still sees only what they may read).
 */
@Route("search")
@Menu(title = "nav.search", order = 10)
@PermitAll
public class SearchView extends Main implements BeforeEnterObserver, PortalView {

    private static final Logger log = LoggerFactory.getLogger(SearchView.class);
    private static final int PAGE_SIZE = 10;
    /** Where the status facet's values are named, by the lifecycles that share it (first match wins). */
    private static final List<String> STATUS_LABELS =
            List.of("assessment.status.", "procurement.phase.", "initiative.status.");

    private static final List<String> FACETS = List.of(
            SearchDocument.TYPE,
            SearchDocument.ORGANISATION,
            SearchDocument.LEVEL,
            SearchDocument.STATUS,
            SearchDocument.TAGS);

    private final SearchService search;
    private final OrganisationService organisations;
    private final AssistantService assistant;
    private Map<String, String> organisationNames = Map.of();
    private SearchQuery current = SearchQuery.of("");

    SearchView(SearchService search, OrganisationService organisations, AssistantService assistant) {
        this.search = search;
        this.organisations = organisations;
        this.assistant = assistant;
        addClassName("page");
        addClassName("search-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = fromUrl(event.getLocation().getQueryParameters());
        render();
    }

    private void render() {
        removeAll();
        TextField text = new TextField();
        text.setId("search-text");
        text.setValue(current.text());
        text.setAriaLabel(getTranslation("search.field"));
        text.setPlaceholder(getTranslation("search.placeholder"));
        text.setClearButtonVisible(true);
        Button go = new Button(getTranslation("search.submit"), click -> go(withText(text.getValue())));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Select<SearchQuery.Order> order = new Select<>();
        order.setLabel(getTranslation("search.order"));
        order.setItems(SearchQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("search.order." + o.name()));
        order.setValue(current.order());
        order.addValueChangeListener(
                change -> go(current.orderedBy(change.getValue()).page(0, PAGE_SIZE)));
        HorizontalLayout bar = new HorizontalLayout(text, go, order);
        bar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(bar);

        SearchResult result;
        try {
            result = search.search(current);
        } catch (RuntimeException e) {
            log.warn("Search failed", e);
            Paragraph unavailable = new Paragraph(getTranslation("search.unavailable"));
            unavailable.setId("search-unavailable");
            add(unavailable);
            return;
        }
        Div body = new Div(facets(result), results(result), new AssistantPanel(assistant, current.text()));
        body.addClassName("search-body");
        add(body);
    }

    private Aside facets(SearchResult result) {
        // Facet values are stable codes; people read names (one query, whatever the number of hits).
        organisationNames = new HashMap<>();
        organisations
                .list(true, org.springframework.data.domain.PageRequest.of(0, 1000))
                .forEach(o -> organisationNames.put(o.code(), o.name()));
        Aside aside = new Aside();
        aside.addClassName("search-facets");
        aside.setId("search-facets");
        for (String facet : FACETS) {
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
            Set<String> chosen = current.filters().getOrDefault(facet, Set.of());
            if (counts.isEmpty() && chosen.isEmpty()) {
                continue;
            }
            CheckboxGroup<String> group = new CheckboxGroup<>(getTranslation("search.facet." + facet));
            Map<String, Long> countByValue = new HashMap<>();
            counts.forEach(c -> countByValue.put(c.value(), c.count()));
            Set<String> values = new LinkedHashSet<>(countByValue.keySet());
            values.addAll(chosen);
            group.setItems(values);
            group.setItemLabelGenerator(
                    value -> label(facet, value) + " (" + countByValue.getOrDefault(value, 0L) + ")");
            group.setValue(chosen);
            group.setId("facet-" + facet);
            group.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    go(withFilter(facet, change.getValue()));
                }
            });
            aside.add(group);
        }
        return aside;
    }

    private Section results(SearchResult result) {
        Section section = new Section();
        section.addClassName("search-results");
        H2 summary = new H2(
                result.total() == 0
                        ? getTranslation("search.none", current.text())
                        : getTranslation("search.total", result.total()));
        summary.setId("search-summary");
        section.add(summary);
        if (result.total() == 0) {
            section.add(new Paragraph(getTranslation("search.none.help")));
            return section;
        }
        for (SearchResult.Hit hit : result.hits()) {
            Article article = new Article();
            article.addClassName("search-hit");
            Anchor title = new Anchor(hit.link() == null ? "" : hit.link(), hit.title());
            title.addClassName("search-hit-title");
            Span type = new Span(getTranslation("search.type." + hit.type()));
            type.getElement().getThemeList().add("badge contrast small");
            article.add(new Div(title, new Span(" "), type));
            if (!hit.snippet().isBlank()) {
                // The engines escape the record's text and add only <mark>: no other markup can get through.
                article.add(new Html("<p class=\"search-hit-snippet\">" + hit.snippet() + "</p>"));
            }
            section.add(article);
        }
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        Button previous =
                new Button(getTranslation("search.previous"), click -> go(current.page(current.page() - 1, PAGE_SIZE)));
        previous.setEnabled(current.page() > 0);
        previous.setId("search-previous");
        Button next =
                new Button(getTranslation("search.next"), click -> go(current.page(current.page() + 1, PAGE_SIZE)));
        next.setEnabled(current.page() + 1 < pages);
        next.setId("search-next");
        Span position = new Span(getTranslation("search.page", current.page() + 1, pages));
        position.setId("search-page");
        HorizontalLayout paging = new HorizontalLayout(previous, position, next);
        paging.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        section.add(paging);
        return section;
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case SearchDocument.TYPE -> getTranslation("search.type." + value);
            case SearchDocument.LEVEL -> getTranslation("search.level", value);
            case SearchDocument.ORGANISATION -> organisationNames.getOrDefault(value, value);
            // Initiatives, assessments and procurements share the status facet; each value is one of their lifecycles.
            case SearchDocument.STATUS ->
                getTranslation(STATUS_LABELS.stream()
                        .map(prefix -> prefix + value)
                        .filter(BundleTranslations::has)
                        .findFirst()
                        .orElse("initiative.status." + value));
            default -> value;
        };
    }

    private SearchQuery withText(String text) {
        return new SearchQuery(text, current.filters(), current.order(), 0, PAGE_SIZE);
    }

    private SearchQuery withFilter(String facet, Set<String> values) {
        Map<String, Set<String>> filters = new HashMap<>(current.filters());
        filters.put(facet, Set.copyOf(values));
        return new SearchQuery(current.text(), filters, current.order(), 0, PAGE_SIZE);
    }

    private void go(SearchQuery query) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (!query.text().isBlank()) {
            parameters.put("q", List.of(query.text()));
        }
        query.filters().forEach((facet, values) -> {
            if (!values.isEmpty()) {
                parameters.put(facet, new ArrayList<>(values));
            }
        });
        if (query.order() != SearchQuery.Order.RELEVANCE) {
            parameters.put("order", List.of(query.order().name()));
        }
        if (query.page() > 0) {
            parameters.put("page", List.of(String.valueOf(query.page() + 1)));
        }
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, new QueryParameters(parameters)));
    }

    static SearchQuery fromUrl(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        String text = values.getOrDefault("q", List.of("")).getFirst();
        Map<String, Set<String>> filters = new HashMap<>();
        for (String facet : FACETS) {
            List<String> chosen = values.getOrDefault(facet, List.of());
            if (!chosen.isEmpty()) {
                filters.put(facet, Set.copyOf(chosen));
            }
        }
        SearchQuery.Order order = SearchQuery.Order.RELEVANCE;
        try {
            order = SearchQuery.Order.valueOf(
                    values.getOrDefault("order", List.of("RELEVANCE")).getFirst());
        } catch (IllegalArgumentException ignored) {
            // an unknown order in a hand-edited URL: relevance
        }
        int page = 0;
        try {
            page = Math.max(
                    0,
                    Integer.parseInt(values.getOrDefault("page", List.of("1")).getFirst()) - 1);
        } catch (NumberFormatException ignored) {
            // a hand-edited URL: first page
        }
        return new SearchQuery(text, filters, order, page, PAGE_SIZE);
    }

    @Override
    public String viewTitle() {
        return getTranslation("search.title");
    }
}
