package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.IntConsumer;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.ui.Badge;

/** One page of hits: how many in all, each hit's title, type and highlighted snippet, and paging. */
class SearchResults extends Section {

    /** @param toPage runs with the (zero-based) page the user asks for */
    SearchResults(SearchResult result, SearchQuery current, int pageSize, IntConsumer toPage) {
        addClassName("search-results");
        H2 summary = new H2(
                result.total() == 0
                        ? getTranslation("search.none", current.text())
                        : getTranslation("search.total", result.total()));
        summary.setId("search-summary");
        add(summary);
        if (result.total() == 0) {
            add(new Paragraph(getTranslation("search.none.help")));
            return;
        }
        for (SearchResult.Hit hit : result.hits()) {
            add(hit(hit));
        }
        long pages = (result.total() + pageSize - 1) / pageSize;
        Button previous = new Button(getTranslation("search.previous"), click -> toPage.accept(current.page() - 1));
        previous.setEnabled(current.page() > 0);
        previous.setId("search-previous");
        Button next = new Button(getTranslation("search.next"), click -> toPage.accept(current.page() + 1));
        next.setEnabled(current.page() + 1 < pages);
        next.setId("search-next");
        Span position = new Span(getTranslation("search.page", current.page() + 1, pages));
        position.setId("search-page");
        HorizontalLayout paging = new HorizontalLayout(previous, position, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        add(paging);
    }

    private Article hit(SearchResult.Hit hit) {
        Article article = new Article();
        article.addClassName("search-hit");
        // Each hit carries its own page's address from the index.
        Anchor title = new Anchor(hit.link() == null ? "" : hit.link(), hit.title());
        title.addClassName("search-hit-title");
        article.add(new Div(
                title, new Span(" "), Badge.of(getTranslation("search.type." + hit.type()), "badge contrast small")));
        if (!hit.snippet().isBlank()) {
            // The engines escape the record's text and add only <mark>: no other markup can get through.
            article.add(new Html("<p class=\"search-hit-snippet\">" + hit.snippet() + "</p>"));
        }
        return article;
    }
}
