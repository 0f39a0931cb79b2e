package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.RouteRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.ui.error.InternalErrorView;
import se.hoglandet.platform.ui.error.NotFoundView;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Every route with a parameter — as registered with Vaadin's router, not listed here — opened by a user holding
 * every role, with a non-numeric, negative, past-{@code Long.MAX_VALUE}, non-ASCII-digit and unknown id: the
 * "not found" page with its title, never the internal-error page.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class RouteParametersTest extends SpringBrowserlessTest {

    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)(\\([^)]*\\))?");
    private static final String UNKNOWN = "999999999999";
    private static final List<String> BAD_IDS =
            List.of("abc", "-1", "99999999999999999999", "١", "1.5", "new", "0", UNKNOWN);
    private static final String NOT_FOUND_TITLE = "Sidan finns inte – Höglandets AI-samverkan";

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRouteWithAParameterShowsNotFoundForBadAndUnknownIds() {
        signInWithEveryRole();
        List<String> templates = templatesWithParameters();
        assertThat(templates)
                .as("found in the router")
                .anyMatch(t -> t.startsWith("initiatives/:id"))
                .anyMatch(t -> t.startsWith("contracts/:id"))
                .anyMatch(t -> t.startsWith("lessons/:id"))
                .anyMatch(t -> t.contains("/organisations/:organisation"));
        // "new" is a real page where a route of its own says so (initiatives/new); elsewhere it is no id.
        List<String> pages =
                allTemplates().stream().filter(t -> !t.contains(":")).toList();
        List<String> failures = new ArrayList<>();
        for (String template : templates) {
            for (String parameter : parameters(template)) {
                for (String bad : BAD_IDS) {
                    String location = fill(template, parameter, bad);
                    if (pages.contains(location)) {
                        continue;
                    }
                    UI.getCurrent().navigate(location);
                    Object view = UI.getCurrent().getCurrentView();
                    String title = UI.getCurrent().getInternals().getTitle();
                    if (!(view instanceof NotFoundView) || !NOT_FOUND_TITLE.equals(title)) {
                        failures.add(location + " → " + view.getClass().getSimpleName() + " \"" + title + "\"");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anUnknownAddressIsNotFoundWithATitle() {
        signInWithEveryRole();
        navigate("no/such/page", NotFoundView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(NOT_FOUND_TITLE);
    }

    @Test
    void theNoAccessAndErrorPagesHaveTitles() {
        navigate("no-access", AccessRefusedView.class);
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("Ingen åtkomst till portalen – Höglandets AI-samverkan");
        assertThat(new InternalErrorView().getPageTitle())
                .isEqualTo("Sidan kunde inte visas – Höglandets AI-samverkan");
    }

    @Test
    void aLockedAccountIsToldSo() {
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));
        LoginView login = (LoginView) UI.getCurrent().getCurrentView();
        LoginForm form = login.getChildren()
                .flatMap(c -> c.getChildren())
                .filter(LoginForm.class::isInstance)
                .map(LoginForm.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Kontot är tillfälligt låst");
    }

    private static List<String> templatesWithParameters() {
        // An invitation token is not an id: an unknown, used or expired one is answered on the invitation page
        // itself, which says so (StaffViewTest.anUnknownInvitationLinkSaysSo).
        return allTemplates().stream()
                .filter(t -> t.contains(":"))
                .filter(t -> !t.startsWith("invitation/"))
                .toList();
    }

    private static List<String> allTemplates() {
        RouteRegistry registry = RouteConfiguration.forApplicationScope().getHandledRegistry();
        List<String> templates = new ArrayList<>();
        for (RouteData route : registry.getRegisteredRoutes()) {
            templates.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> templates.add(alias.getTemplate()));
        }
        return templates.stream().distinct().toList();
    }

    private static List<String> parameters(String template) {
        return PARAMETER.matcher(template).results().map(m -> m.group(1)).toList();
    }

    /** The template with {@code value} for {@code parameter} and an unknown id for any other parameter. */
    private static String fill(String template, String parameter, String value) {
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals(parameter) ? value : UNKNOWN));
        }
        return m.appendTail(out).toString();
    }

    /** A local account in Eksjö with every role, so that no route is closed to it by role. */
    private void signInWithEveryRole() {
        String username = "h15.every-role";
        jdbc.update(
                "insert into user_account (username, password_hash, display_name, email, organisation_code, enabled,"
                        + " demo, failed_attempts, locked_until, version) select ?, ?, 'Test', null, 'eksjo', true,"
                        + " false, 0, null, 0 from dual where not exists (select 1 from user_account where username"
                        + " = ?)",
                username,
                encoder.encode("secret"),
                username);
        for (Role role : Role.values()) {
            jdbc.update(
                    "insert into user_account_role (user_account_id, role) select id, ? from user_account u where"
                            + " username = ? and not exists (select 1 from user_account_role r where"
                            + " r.user_account_id = u.id and r.role = ?)",
                    role.name(),
                    username,
                    role.name());
        }
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "secret"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
