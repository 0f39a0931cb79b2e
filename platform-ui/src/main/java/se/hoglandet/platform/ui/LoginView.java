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
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import se.hoglandet.platform.identity.local.DemoAccount;
import se.hoglandet.platform.identity.local.DemoAccounts;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.i18n.LanguageSelection;
import se.hoglandet.platform.ui.i18n.LanguageSwitch;

/**
 * Sign in with a local account. In demo mode, and only then, the demo accounts are listed beside the form.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, PortalView {

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
            add(demoAccountList(demo.list()));
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

    private Div demoAccountList(List<DemoAccount> accounts) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.setId("demo-accounts");
        box.add(new H2(getTranslation("login.demo.title")));
        box.add(new Paragraph(getTranslation("login.demo.help")));
        Map<String, List<DemoAccount>> byOrganisation = accounts.stream()
                .collect(Collectors.groupingBy(DemoAccount::organisationCode, LinkedHashMap::new, Collectors.toList()));
        byOrganisation.forEach((organisation, members) -> {
            box.add(new H3(organisation));
            UnorderedList list = new UnorderedList();
            for (DemoAccount account : members) {
                String roles = account.roles().stream()
                        .filter(role -> role != Role.MEMBER || account.roles().size() == 1)
                        .map(role -> getTranslation("role." + role.name()))
                        .collect(Collectors.joining(", "));
                Span username = new Span(account.username());
                username.addClassName("demo-username");
                list.add(new ListItem(username, new Span(" – " + roles)));
            }
            box.add(list);
        });
        return box;
    }
}
