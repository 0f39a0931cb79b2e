package se.hoglandet.platform.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import se.hoglandet.platform.identity.local.DemoAccount;
import se.hoglandet.platform.identity.local.DemoAccounts;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.i18n.LanguageSelection;
import se.hoglandet.platform.ui.i18n.LanguageSwitch;

/**
 * Sign in with a local account. After a failed attempt the username is filled in again (never the password). In
 * demo mode, and only then, the demo accounts are listed beside the form, by organisation.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, PortalView {

    /**
     * The session attribute where the failed login leaves the username it was given, for this page to fill in once
     * (the failure redirects here, so a request attribute would not survive; the address should not carry it).
     */
    public static final String LAST_USERNAME = LoginView.class.getName() + ".lastUsername";

    private final LoginForm form = new LoginForm();

    LoginView(LanguageSelection languages, ObjectProvider<DemoAccounts> demoAccounts) {
        addClassName("login-view");

        Div top = new Div(new LanguageSwitch(languages));
        top.addClassName("login-top");

        H1 heading = new H1(getTranslation("app.name"));
        Paragraph lead = new Paragraph(getTranslation("login.lead"));

        form.setI18n(translatedI18n());
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div card = new Div(heading, lead, form);
        card.addClassName("login-card");
        add(top, card);

        DemoAccounts demo = demoAccounts.getIfAvailable();
        if (demo != null) {
            add(demoAccountList(demo.byOrganisation()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        // Why the last attempt failed: a wrong username or password, a locked account, or a stale form (no
        // valid CSRF token: the page was too old, or the browser does not keep cookies).
        String reason = parameters.containsKey("locked")
                ? "locked"
                : parameters.containsKey("expired") ? "expired" : parameters.containsKey("error") ? "error" : null;
        if (reason != null && !"error".equals(reason)) {
            LoginI18n i18n = translatedI18n();
            i18n.getErrorMessage().setTitle(getTranslation("login." + reason + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation("login." + reason + ".message"));
            form.setI18n(i18n);
        }
        form.setError(reason != null);
        Optional<String> username = reason == null ? Optional.empty() : lastUsername();
        // The form puts the cursor in the username field unless it is filled in already.
        form.getElement().setProperty("noAutofocus", username.isPresent());
        username.ifPresent(this::fillIn);
    }

    /** The username of the failed attempt, taken from the session: it is shown once, then forgotten. */
    private static Optional<String> lastUsername() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null) {
            return Optional.empty();
        }
        Object username = http.getAttribute(LAST_USERNAME);
        http.removeAttribute(LAST_USERNAME);
        return Optional.ofNullable(username).map(String::valueOf).filter(name -> !name.isBlank());
    }

    /** Fills in the username and puts the cursor in the password field, where the user goes on. */
    private void fillIn(String username) {
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {
                  const name = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (name) { name.value = $0; }
                  if (password) { password.focus(); }
                });
                """, username);
    }

    @Override
    public String viewTitle() {
        return getTranslation("login.title");
    }

    private LoginI18n translatedI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    private Div demoAccountList(List<DemoAccounts.Group> groups) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        box.add(new H2(getTranslation("login.demo.title")));
        box.add(new Paragraph(getTranslation("login.demo.help")));
        for (DemoAccounts.Group group : groups) {
            box.add(new H3(group.organisationName()));
            UnorderedList list = new UnorderedList();
            for (DemoAccount account : group.accounts()) {
                Span username = new Span(account.username());
                username.addClassName("demo-username");
                list.add(new ListItem(username, new Span(" – " + roles(account))));
            }
            box.add(list);
        }
        return box;
    }

    /** The account's roles by name; "Medarbetare" only when it is the only one (everyone is a member). */
    private String roles(DemoAccount account) {
        return account.roles().stream()
                .filter(role -> role != Role.MEMBER || account.roles().size() == 1)
                .map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }
}
