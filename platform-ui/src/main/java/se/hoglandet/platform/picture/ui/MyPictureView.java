package se.hoglandet.platform.picture.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import se.hoglandet.platform.picture.PictureService;
import se.hoglandet.platform.ui.PortalView;

/** The navigation's entry to the picture: opens the reader's own organisation's picture. */
@Route("picture")
@Menu(title = "nav.picture", order = 55)
@PermitAll
public class MyPictureView extends Main implements BeforeEnterObserver, PortalView {

    private final PictureService pictures;

    MyPictureView(PictureService pictures) {
        this.pictures = pictures;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(
                PictureView.class, new RouteParameters("organisation", String.valueOf(pictures.ownOrganisationId())));
    }

    @Override
    public String viewTitle() {
        return getTranslation("nav.picture");
    }
}
