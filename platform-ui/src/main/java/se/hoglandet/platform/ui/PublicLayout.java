package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.hoglandet.platform.ui.i18n.LanguageSelection;
import se.hoglandet.platform.ui.i18n.LanguageSwitch;

/** The frame of the pages anyone may read without logging in: the portal's name, the language, a way in. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public PublicLayout(LanguageSelection languages) {
        addClassName("public-layout");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("shell-app-name");
        Anchor login = new Anchor("", getTranslation("public.login"));
        Header header = new Header(name, new LanguageSwitch(languages), login);
        header.addClassName("public-header");
        Footer footer = new Footer(
                new Span(getTranslation("layout.footer")),
                new Anchor("api/public/openapi.json", getTranslation("public.api")));
        footer.addClassName("public-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement page) {
        content.getElement().removeAllChildren();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }
}
