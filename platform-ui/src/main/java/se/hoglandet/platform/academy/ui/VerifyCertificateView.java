package se.hoglandet.platform.academy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.Verification;
import se.hoglandet.platform.ui.PortalView;
import se.hoglandet.platform.ui.PublicLayout;

/**
 * The public page that checks a course certificate's verification code: valid, expired or unknown, with no more than
 * the name, the course and the dates. Open to anyone (an employer, the person themselves).
 */
@Route(value = "public/verify", layout = PublicLayout.class)
@AnonymousAllowed
public class VerifyCertificateView extends Main implements BeforeEnterObserver, PortalView {

    private final EnrolmentService enrolments;
    private final TextField code = new TextField();
    private final Div result = new Div();

    VerifyCertificateView(EnrolmentService enrolments) {
        this.enrolments = enrolments;
        addClassName("page");
        code.setLabel(getTranslation("verify.code"));
        code.setId("verify-code");
        code.setMaxLength(20);
        Button check = new Button(getTranslation("verify.action"), click -> show());
        check.setId("verify");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(code, check);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("toolbar");
        result.setId("verification");
        result.getElement().setAttribute("aria-live", "polite");
        add(
                new com.vaadin.flow.component.html.H1(getTranslation("verify.title")),
                new Paragraph(getTranslation("verify.intro")),
                form,
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(value -> {
            code.setValue(value);
            show();
        });
    }

    private void show() {
        result.removeAll();
        if (code.getValue().isBlank()) {
            return;
        }
        Verification verification = enrolments.verify(code.getValue());
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        Paragraph state = new Paragraph(
                getTranslation("verify.state." + verification.state().name()));
        state.addClassName("verify-" + verification.state().name().toLowerCase());
        state.setId("verification-state");
        result.add(state);
        if (verification.state() != Verification.State.UNKNOWN) {
            result.add(new Paragraph(getTranslation(
                    "verify.details",
                    verification.name(),
                    verification.courseTitle(),
                    date.format(verification.completedOn()))));
            if (verification.validUntil() != null) {
                result.add(new Paragraph(getTranslation("verify.validUntil", date.format(verification.validUntil()))));
            }
        }
    }

    @Override
    public String viewTitle() {
        return getTranslation("verify.title");
    }
}
