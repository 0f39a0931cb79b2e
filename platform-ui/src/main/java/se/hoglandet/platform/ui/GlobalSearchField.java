package se.hoglandet.platform.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.stream.Stream;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;

/**
 * The search field in the shell: titles are suggested as you type (through the index, respecting visibility);
 * choosing one opens it, pressing Enter on free text opens the search view.
 */
public class GlobalSearchField extends ComboBox<SearchResult.Suggestion> {

    private static final int SUGGESTIONS = 8;

    public GlobalSearchField(SearchService search) {
        setId("global-search");
        setPlaceholder(getTranslation("search.placeholder"));
        setAriaLabel(getTranslation("search.field"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setAllowCustomValue(true);
        setClearButtonVisible(true);
        setItemLabelGenerator(SearchResult.Suggestion::title);
        // Lazy: the index is asked for the typed text; one page of suggestions is all a field needs.
        // Vaadin checks that a callback reads the query's offset and limit, also when it answers with nothing.
        setItems(query -> {
            String typed = query.getFilter().orElse("");
            int offset = query.getOffset();
            int limit = Math.min(query.getLimit(), SUGGESTIONS);
            return offset > 0 || typed.isBlank() ? Stream.empty() : search.suggest(typed, limit).stream();
        });
        addValueChangeListener(change -> {
            SearchResult.Suggestion chosen = change.getValue();
            if (chosen != null && change.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate(chosen.link() == null ? "" : chosen.link()));
                clear();
            }
        });
        addCustomValueSetListener(typed -> {
            String text = typed.getDetail();
            getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.simple(Map.of("q", text))));
            clear();
        });
    }
}
