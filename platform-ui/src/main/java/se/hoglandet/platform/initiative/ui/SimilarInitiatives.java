package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;

/**
 * Who else tried something like this: the search index, by the title's and summary's words, initiatives only, not
 * this one. If the index does not answer, the page still shows and says so.
 */
class SimilarInitiatives extends Div {

    private static final Logger log = LoggerFactory.getLogger(SimilarInitiatives.class);
    private static final int SHOWN = 5;

    SimilarInitiatives(SearchService search, Initiative initiative) {
        String words = Arrays.stream((initiative.title() + " " + initiative.summary()).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 3)
                .distinct()
                .limit(20)
                .collect(Collectors.joining(" "));
        try {
            SearchResult result = search.search(new SearchQuery(
                    words,
                    Map.of(SearchDocument.TYPE, Set.of("initiative")),
                    SearchQuery.Order.RELEVANCE,
                    0,
                    SHOWN + 1));
            List<SearchResult.Hit> others = result.hits().stream()
                    .filter(h -> !h.id().equals(String.valueOf(initiative.id())))
                    .limit(SHOWN)
                    .toList();
            if (others.isEmpty()) {
                add(new Paragraph(getTranslation("initiative.similar.none")));
                return;
            }
            UnorderedList list = new UnorderedList();
            // Each hit carries its own page's address from the index.
            others.forEach(h -> list.add(new ListItem(new Anchor(h.link(), h.title()))));
            list.setId("similar-initiatives");
            add(list);
        } catch (RuntimeException unavailable) {
            log.warn("Similar initiatives unavailable: {}", unavailable.getMessage());
            add(new Paragraph(getTranslation("search.unavailable")));
        }
    }
}
