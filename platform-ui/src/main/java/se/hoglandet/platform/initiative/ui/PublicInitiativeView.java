package se.hoglandet.platform.initiative.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.PublicInitiative;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.PublicLayout;
import se.hoglandet.platform.ui.RouteIds;

/** One PUBLIC initiative as everyone sees it; anything else is "not found". */
@Route(value = "public/initiatives/" + RouteIds.ID, layout = PublicLayout.class)
@AnonymousAllowed
public class PublicInitiativeView extends Main implements BeforeEnterObserver, PortalView {

    private final InitiativeService initiatives;
    private String title = "";

    PublicInitiativeView(InitiativeService initiatives) {
        this.initiatives = initiatives;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        PublicInitiative initiative = event.getRouteParameters()
                .getLong("id")
                .flatMap(initiatives::publicInitiative)
                .orElse(null);
        if (initiative == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = initiative.title();
        add(
                new Anchor("public/initiatives", getTranslation("public.back")),
                new PublicInitiativeCard(initiative, true));
    }

    @Override
    public String viewTitle() {
        return title;
    }
}
