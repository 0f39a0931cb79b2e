package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.search.assistant.AssistantService;
import se.hoglandet.platform.ui.PortalView;

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

    private final SearchService search;
    private final OrganisationService organisations;
    private final AssistantService assistant;
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
        Map<String, String> organisationNames =
                organisations.pickable().stream().collect(Collectors.toMap(Organisation::code, Organisation::name));
        Div body = new Div(
                new SearchFacets(result, current, organisationNames, (facet, values) -> go(withFilter(facet, values))),
                new SearchResults(result, current, PAGE_SIZE, page -> go(current.page(page, PAGE_SIZE))),
                new AssistantPanel(assistant, current.text()));
        body.addClassName("search-body");
        add(body);
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
        for (String facet : SearchFacets.FACETS) {
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
