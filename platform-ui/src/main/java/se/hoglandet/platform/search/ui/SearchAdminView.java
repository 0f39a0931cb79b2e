package se.hoglandet.platform.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.ui.Feedback;
import se.hoglandet.platform.ui.Formats;
import se.hoglandet.platform.ui.PortalView;

/** The index for platform administrators: engine, documents per type, pending events, last error, reindex. */
@Route("admin/search")
@Menu(title = "nav.searchAdmin", order = 200)
@RolesAllowed("PLATFORM_ADMIN")
public class SearchAdminView extends Main implements PortalView {

    private final SearchService search;

    SearchAdminView(SearchService search) {
        this.search = search;
        addClassName("page");
        render();
    }

    private void render() {
        removeAll();
        SearchService.Overview overview = search.overview();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("profile-facts");
        facts.add(
                new DescriptionList.Term(getTranslation("searchAdmin.engine")),
                description(overview.engine(), "search-engine"));
        facts.add(
                new DescriptionList.Term(getTranslation("searchAdmin.pending")),
                description(Formats.whole(overview.pendingEvents()), "search-pending"));
        facts.add(
                new DescriptionList.Term(getTranslation("searchAdmin.lastError")),
                description(
                        overview.lastError() == null ? getTranslation("searchAdmin.noError") : overview.lastError(),
                        "search-last-error"));
        Grid<Map.Entry<String, Long>> counts = new Grid<>();
        counts.addColumn(e -> getTranslation("search.type." + e.getKey()))
                .setHeader(getTranslation("searchAdmin.type"));
        counts.addColumn(e -> Formats.whole(e.getValue()))
                .setHeader(getTranslation("searchAdmin.documents"))
                .setTextAlign(ColumnTextAlign.END);
        counts.setItems(overview.documentsPerType().entrySet());
        counts.setAllRowsVisible(true);
        counts.setAriaLabel(getTranslation("searchAdmin.documents"));
        counts.setId("search-counts");
        Button reindex = new Button(getTranslation("searchAdmin.reindex"), click -> {
            search.reindexAll();
            Feedback.done(this, "searchAdmin.reindexed");
            render();
        });
        reindex.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reindex.setId("reindex");
        add(facts, new H2(getTranslation("searchAdmin.documents")), counts, reindex);
    }

    private static DescriptionList.Description description(String text, String id) {
        DescriptionList.Description description = new DescriptionList.Description(text);
        description.setId(id);
        return description;
    }

    @Override
    public String viewTitle() {
        return getTranslation("searchAdmin.title");
    }
}
