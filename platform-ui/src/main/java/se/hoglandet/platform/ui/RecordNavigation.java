package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

/**
 * Opens a record's page by its id, type-safely, at the top: after saving a long form the user lands on the
 * record's title, not half-way down where the save button was (the router keeps the scroll position).
 */
public final class RecordNavigation {

    private RecordNavigation() {}

    /** Navigates to {@code view} with route parameter {@code id} and scrolls the page to its top. */
    public static void openAtTop(Component from, Class<? extends Component> view, long id) {
        from.getUI().ifPresent(ui -> {
            ui.navigate(view, new RouteParameters("id", String.valueOf(id)));
            scrollToTop(ui);
        });
    }

    /** Scrolls the window and the layout's content area (whichever scrolls) back to the top. */
    public static void scrollToTop(UI ui) {
        ui.getPage().executeJs("""
                window.scrollTo(0, 0);
                const content = document.getElementById($0);
                if (content) { content.scrollTop = 0; }
                const layout = document.querySelector('vaadin-app-layout');
                const part = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                if (part) { part.scrollTop = 0; }
                """, MainLayout.CONTENT_ID);
    }
}
