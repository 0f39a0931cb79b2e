package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.testsupport.KeycloakInitializer;
import se.hoglandet.testsupport.KeycloakTestServer;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Keycloak login for real: the portal redirects Chromium to Keycloak's own login form, the test types the
 * credentials there, and lands back in the portal as the right person, organisation and roles. A user without a
 * portal role is refused with a clear page; logging out ends the Keycloak session too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "portal.demo=true")
@ActiveProfiles("keycloak")
// Both initializers in one place: a class-level @ContextConfiguration replaces the one inside @UsesMariaDb.
@ContextConfiguration(initializers = {MariaDbInitializer.class, KeycloakInitializer.class})
class KeycloakLoginBrowserTest {

    private static final Pattern KEYCLOAK_LOGIN_FORM =
            Pattern.compile(".*/realms/hoglandet/protocol/openid-connect/auth.*");

    static Browser browser;
    static KeycloakTestServer keycloak;

    @BeforeAll
    static void start() {
        keycloak = KeycloakTestServer.get();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void aCompanyProjectLeadSignsInThroughKeycloakAndOutAgain() {
        Page page = browser.newPage();
        String portal = keycloak.portalUrl();

        page.navigate(portal + "/");
        page.waitForURL(KEYCLOAK_LOGIN_FORM);
        signInOnKeycloaksForm(page, "bo.bostader");

        page.waitForURL(backInThePortal(portal, "/"));
        assertThat(page.locator("#current-organisation")).hasText("Eksjöbostäder");
        assertThat(page.locator(".shell-user")).hasText("Bo Bostadsson");
        Browser.assertAccessible(page, "start page after Keycloak login");

        page.navigate(portal + "/profile");
        assertThat(page.locator("#profile-organisation")).hasText("Eksjöbostäder");
        assertThat(page.locator("#profile-roles")).hasText("Medarbetare, Projektledare");
        assertThat(page.locator("#profile-email")).hasText("bo.bostader@example.invalid");
        Browser.assertAccessible(page, "profile after Keycloak login");

        page.locator("#logout").click();
        page.waitForURL(portal + "/logged-out");
        assertThat(page.locator("#logged-out-title")).hasText("Du är utloggad");
        Browser.assertAccessible(page, "logged out");

        // The Keycloak session is gone too: signing in again asks for the password.
        page.locator("#sign-in-again").click();
        page.waitForURL(KEYCLOAK_LOGIN_FORM);
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    void aFederationUserGetsTheFederationAndItsRoles() {
        Page page = browser.newPage();
        page.navigate(keycloak.portalUrl() + "/profile");
        page.waitForURL(KEYCLOAK_LOGIN_FORM);
        signInOnKeycloaksForm(page, "anna.forbund");

        page.waitForURL(backInThePortal(keycloak.portalUrl(), "/profile"));
        assertThat(page.locator("#profile-organisation")).hasText("Höglandsförbundet");
        assertThat(page.locator("#profile-roles")).hasText("Förbundets personal, Medarbetare");
    }

    @Test
    void aUserWithoutAPortalRoleIsRefusedWithAClearPage() {
        Page page = browser.newPage();
        page.navigate(keycloak.portalUrl() + "/");
        page.waitForURL(KEYCLOAK_LOGIN_FORM);
        signInOnKeycloaksForm(page, "nils.utanroll");

        page.waitForURL(Pattern.compile(".*/no-access\\?reason=no_portal_role"));
        assertThat(page.locator("#no-access-title")).hasText("Ingen åtkomst till portalen");
        assertThat(page.locator("#no-access-reason")).hasText("Ditt konto saknar en roll i portalen.");
        Browser.assertAccessible(page, "access refused");
    }

    /** Spring Security marks the resumed request with "?continue". */
    private static Pattern backInThePortal(String portal, String path) {
        return Pattern.compile(Pattern.quote(portal + path) + "(\\?continue)?");
    }

    private void signInOnKeycloaksForm(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(keycloak.demoPassword());
        page.locator("#kc-login").click();
    }
}
