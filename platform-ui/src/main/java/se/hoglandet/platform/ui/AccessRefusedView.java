package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Set;

/** Where a login the portal refuses ends up: says why in plain words and what to do. */
@Route(value = "no-access", autoLayout = false)
@AnonymousAllowed
public class AccessRefusedView extends Main implements BeforeEnterObserver, PortalView {

    private static final Set<String> REASONS = Set.of("no_portal_role", "unknown_organisation", "login_failed");

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> given =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("reason", List.of());
        String reason = given.isEmpty() || !REASONS.contains(given.getFirst()) ? "login_failed" : given.getFirst();
        removeAll();
        addClassName("page");
        H1 heading = new H1(getTranslation("noAccess.title"));
        heading.setId("no-access-title");
        Paragraph why = new Paragraph(getTranslation("noAccess." + reason));
        why.setId("no-access-reason");
        add(
                heading,
                why,
                new Paragraph(getTranslation("noAccess.help")),
                new Anchor("", getTranslation("noAccess.retry")));
    }

    @Override
    public String viewTitle() {
        return getTranslation("noAccess.title");
    }
}
