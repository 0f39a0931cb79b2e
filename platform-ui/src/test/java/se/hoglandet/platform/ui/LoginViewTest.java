package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The login page: demo accounts grouped under their organisation's name (not its code), and the username of a
 * failed attempt filled in again, once, while the password is never kept. (That the browser shows it filled in is
 * checked in real Chromium by {@code PortalJourneyBrowserTest}.)
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoAccountsAreGroupedByTheOrganisationsNames() {
        navigate(LoginView.class);
        List<String> headings = $(H3.class, $(Div.class).id("demo-accounts")).all().stream()
                .map(H3::getText)
                .toList();
        assertThat(headings).contains("Eksjö kommun", "Eksjöbostäder", "Höglandsförbundet");
        List<String> codes = jdbc.queryForList("select code from organisation", String.class);
        assertThat(headings).doesNotContainAnyElementsOf(codes).isSorted();
    }

    @Test
    void theUsernameOfAFailedAttemptIsFilledInOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginView.LAST_USERNAME, "eksjo.member");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        // The page takes the username to fill in (the browser's part is checked in Chromium) and forgets it.
        assertThat(loginForm().getElement().getProperty("noAutofocus", false)).isTrue();
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(LoginView.LAST_USERNAME))
                .isNull();

        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "again", "")));
        assertThat(loginForm().getElement().getProperty("noAutofocus", false))
                .as("shown once, then forgotten")
                .isFalse();
    }

    private LoginForm loginForm() {
        return $(LoginForm.class).first();
    }
}
