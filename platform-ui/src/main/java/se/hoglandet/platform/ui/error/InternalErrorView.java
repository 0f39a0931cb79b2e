package se.hoglandet.platform.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.hoglandet.platform.ui.PortalView;

/** Shown instead of a stack trace when opening a page fails. */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception>, PortalView {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("page");
        String key = UserMessages.keyFor(parameter.getException());
        add(new H2(getTranslation("error.page.title")));
        if (key != null) {
            add(new Paragraph(getTranslation(key)));
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Error opening {}, reference {}",
                    event.getLocation().getPath(),
                    reference,
                    parameter.getException());
            add(new Paragraph(getTranslation("error.unexpected") + " " + getTranslation("error.reference", reference)));
        }
        add(new Anchor("", getTranslation("error.page.home")));
        return key == null ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String viewTitle() {
        return getTranslation("error.page.title");
    }
}
