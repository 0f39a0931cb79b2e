package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where logging out lands when the identity provider signs in: the portal, signed out, with a way back in. */
@Route(value = "logged-out", autoLayout = false)
@AnonymousAllowed
public class LoggedOutView extends Main implements PortalView {

    LoggedOutView() {
        addClassName("page");
        H1 heading = new H1(getTranslation("loggedOut.title"));
        heading.setId("logged-out-title");
        Anchor again = new Anchor("", getTranslation("loggedOut.again"));
        again.setId("sign-in-again");
        add(heading, new Paragraph(getTranslation("loggedOut.text")), again);
    }

    @Override
    public String viewTitle() {
        return getTranslation("loggedOut.title");
    }
}
