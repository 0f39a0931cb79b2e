package se.hoglandet.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * Links and navigation to record pages. Inside a capability, type-safe by the view's class ({@link #link},
 * {@link #open}). Across capabilities a view may not import another capability's views (the module graph, ADR
 * 0008), so the link goes by record type through {@link #ROUTES}, the UI's one route map keyed like the core's
 * {@code RecordType}; a test checks each entry against the routes registered with the router.
 */
public final class RecordLinks {

    /** Record type → route template of its page, as the page's {@code @Route} declares it. */
    public static final Map<String, String> ROUTES = Map.of(
            "initiative", "initiatives/" + RouteIds.ID,
            "tool", "tools/" + RouteIds.ID,
            "assessment", "assessments/" + RouteIds.ID,
            "procurement", "procurements/" + RouteIds.ID,
            "contract", "contracts/" + RouteIds.ID);

    private RecordLinks() {}

    /** A link to a record page of the same capability. */
    public static RouterLink link(String text, Class<? extends Component> view, Long id) {
        return new RouterLink(text, view, parameters(id));
    }

    /** A link to another capability's record page, by record type (e.g. {@code "initiative"}). */
    public static Anchor link(String text, String recordType, Long id) {
        String template = ROUTES.get(recordType);
        if (template == null) {
            throw new IllegalArgumentException("No record page for " + recordType);
        }
        return new Anchor(template.replace(RouteIds.ID, String.valueOf(id)), text);
    }

    /**
     * Opens a record page at its top: after saving, the record is read from its beginning, not from where the form
     * left the scroll position.
     */
    public static void open(Class<? extends Component> view, Long id) {
        UI ui = UI.getCurrent();
        ui.navigate(view, parameters(id));
        PageTop.show(ui);
    }

    private static RouteParameters parameters(Long id) {
        return new RouteParameters("id", String.valueOf(id));
    }
}
