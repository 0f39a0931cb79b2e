package se.hoglandet.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.hoglandet.platform.identity.local.InvitationService;
import se.hoglandet.platform.identity.local.InvitationService.InvitationView;

/**
 * Where an invited member of staff chooses their password: the link from the invitation mail, used once, valid for
 * a week. Says whose account it is; a used or old link says so and who can send a new one. After the password is
 * set the person signs in as usual.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationPage extends Main implements BeforeEnterObserver, PortalView {

    private final InvitationService invitations;

    InvitationPage(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        Div card = new Div();
        card.addClassName("login-card");
        card.add(new H1(getTranslation("invitation.title")));
        invitations.validate(token).ifPresentOrElse(invitation -> card.add(form(token, invitation)), () -> {
            Paragraph invalid = new Paragraph(getTranslation("invitation.error.invalid"));
            invalid.setId("invitation-invalid");
            invalid.addClassName("form-error");
            card.add(invalid, new Anchor("login", getTranslation("invitation.toLogin")));
        });
        add(card);
    }

    private Div form(String token, InvitationView invitation) {
        Paragraph who = new Paragraph(getTranslation(
                "invitation.who",
                invitation.displayName(),
                invitation.organisationName(),
                invitation.username(),
                Formats.date(invitation.validUntil())));
        who.setId("invitation-who");
        PasswordField password = new PasswordField(getTranslation("invitation.password"));
        password.setHelperText(getTranslation("invitation.password.help", InvitationService.MIN_PASSWORD_LENGTH));
        password.setId("invitation-password");
        password.setMinLength(InvitationService.MIN_PASSWORD_LENGTH);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        PasswordField repeat = new PasswordField(getTranslation("invitation.repeat"));
        repeat.setId("invitation-repeat");
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        FormError error = new FormError();
        Div done = new Div();
        Button save = new Button(getTranslation("invitation.save"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                error.show(getTranslation("invitation.error.repeat"));
                return;
            }
            if (error.attempt(() -> invitations.setPassword(token, password.getValue()))) {
                password.clear();
                repeat.clear();
                Paragraph saved = new Paragraph(getTranslation("invitation.saved"));
                saved.setId("invitation-saved");
                done.removeAll();
                done.add(saved, new Anchor("login", getTranslation("invitation.toLogin")));
                password.setEnabled(false);
                repeat.setEnabled(false);
                click.getSource().setEnabled(false);
            }
        });
        save.setId("invitation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(password, repeat);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return new Div(who, error, fields, save, done);
    }

    @Override
    public String viewTitle() {
        return getTranslation("invitation.title");
    }
}
