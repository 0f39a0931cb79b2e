package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * What a person does, in real headless Chromium against the running portal on MariaDB: sign in with a demo
 * account, read the start page in Swedish (although the browser asks for English), switch to English, manage a
 * company, sign out. Every page is audited with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class PortalJourneyBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void signInReadTheStartPageSwitchLanguageManageACompanyAndSignOut() {
        Page page = browser.newPage();
        String base = "http://localhost:" + port;

        page.navigate(base + "/login");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Höglandets AI-samverkan")))
                .isVisible();
        assertThat(page.locator("#demo-accounts")).containsText("eksjo.org-admin");
        // Grouped under the organisations' names, not their codes.
        assertThat(page.locator("#demo-accounts h3").first()).hasText("Aneby kommun");
        Browser.assertAccessible(page, "login (sv)");

        page.locator("input[name='username']").fill("eksjo.org-admin");
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();

        page.waitForURL(base + "/");
        assertThat(page.locator("h1.shell-title")).hasText("Start");
        assertThat(page.locator("#current-organisation")).hasText("Eksjö kommun");
        assertThat(page.locator("#figure-organisations .figure-label")).hasText("aktiva organisationer");
        assertThat(page.locator("#per-organisation")).containsText("Vetlanda kommun");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        Browser.assertAccessible(page, "start (sv)");

        page.locator("#language-switch").click();
        assertThat(page.locator("h1.shell-title")).hasText("Home");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#figure-organisations .figure-label")).hasText("active organisations");
        Browser.assertAccessible(page, "start (en)");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations"))
                .click();
        page.waitForURL(base + "/organisations");
        assertThat(page.locator("h1.shell-title")).hasText("Organisations");
        assertThat(page.locator("#organisations")).containsText("Eksjöbostäder");
        Browser.assertAccessible(page, "organisations (en)");

        page.locator("#add-company").click();
        page.locator("#company-name input").fill("Eksjö Testbolag");
        page.locator("#company-organisation-number input").fill("12");
        page.locator("#save-company").click();
        assertThat(page.locator("#company-organisation-number")).containsText("six digits, a hyphen and four digits");
        Browser.assertAccessible(page, "company dialog with a validation error (en)");
        page.locator("#company-organisation-number input").fill("");
        page.locator("#save-company").click();
        assertThat(page.locator("#organisations")).containsText("Eksjö Testbolag");

        page.locator("#logout").click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.navigate(base + "/");
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("input[name='username']")).isVisible();
    }

    @Test
    void anAdministratorIsNotifiedOfANewCompanyAndSeesItsHistory() {
        String base = "http://localhost:" + port;
        // Eksjö's administrator has signed in before, so the portal knows her role; other journeys in the same
        // database may have notified her already, so she starts with everything read.
        Page admin = browser.newPage();
        signIn(admin, base, "eksjo.org-admin");
        admin.navigate(base + "/notifications");
        // The list, or the sentence that stands in for an empty one: both under the same "mark all read".
        assertThat(admin.locator("#mark-all-read")).isVisible();
        if (admin.locator("#unread-count").isVisible()) {
            admin.locator("#mark-all-read").click();
            assertThat(admin.locator("#unread-count")).isHidden();
        }
        admin.locator("#logout").click();
        admin.waitForURL(Pattern.compile(".*/login.*"));

        Page platformAdmin = browser.newPage();
        signIn(platformAdmin, base, "hoglandsforbundet.platform-admin");
        platformAdmin.navigate(base + "/organisations");
        platformAdmin.locator("#add-company").click();
        platformAdmin.locator("#company-municipality input").fill("Eksjö");
        platformAdmin
                .getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Eksjö kommun"))
                .click();
        platformAdmin.locator("#company-name input").fill("Eksjö Notisbolag");
        platformAdmin.locator("#save-company").click();
        assertThat(platformAdmin.locator("#organisations")).containsText("Eksjö Notisbolag");

        signIn(admin, base, "eksjo.org-admin");
        assertThat(admin.locator("#unread-count"))
                .hasText(
                        "1",
                        new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20000));
        admin.locator("#notification-bell").click();
        admin.waitForURL(base + "/notifications");
        assertThat(admin.locator("#notifications")).containsText("Nytt bolag: Eksjö Notisbolag");
        Browser.assertAccessible(admin, "notifications (sv)");
        admin.locator("#mark-all-read").click();
        assertThat(admin.locator("#unread-count")).isHidden();

        admin.navigate(base + "/organisations");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Historik: Eksjö Notisbolag"))
                .click();
        assertThat(admin.locator("#history")).containsText("Tillagd");
        assertThat(admin.locator("#history")).containsText("Demo Höglandsförbundet platform-admin");
        Browser.assertAccessible(admin, "history dialog (sv)");
        admin.keyboard().press("Escape");

        admin.navigate(base + "/profile");
        assertThat(admin.locator("#profile-roles")).containsText("Organisationsadministratör");
        admin.locator("#email-ORGANISATION_CHANGED").click();
        // The choice is confirmed by name; axe audits the page once the confirmation is shown (not while it fades in).
        assertThat(admin.locator("vaadin-notification-card"))
                .containsText("Ditt val för notiser är sparat: Ändringar av bolag i min kommun.");
        Browser.assertAccessible(admin, "profile with notification choices (sv)");
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(Pattern.compile(Pattern.quote(base) + "/(\\?continue)?"));
    }

    @Test
    void searchSuggestsAsYouTypeAndNarrowsByFacet() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        signIn(page, base, "eksjo.member");

        // Typed key by key, as a person types: each keystroke asks for suggestions (the index may still be taking in
        // the previous tests' records when the first one is asked).
        page.locator("#global-search input")
                .pressSequentially(
                        "eksjö", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(80));
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Eksjöbostäder")))
                .isVisible();
        page.locator("#global-search input").press("Enter");
        page.waitForURL(Pattern.compile(".*/search\\?q=eksj%C3%B6"));
        assertThat(page.locator("#search-summary")).containsText("träffar");
        assertThat(page.locator(".search-results")).containsText("Eksjö kommun");
        assertThat(page.locator(".search-results")).containsText("Eksjöbostäder");
        Browser.assertAccessible(page, "search results (sv)");

        // Swedish word forms through the embedded engine: "kommunernas" finds the municipalities.
        page.navigate(base + "/search?q=kommunernas");
        assertThat(page.locator(".search-results")).containsText("Vetlanda kommun");

        page.navigate(base + "/search?q=eksj%C3%B6&organisation=eksjo");
        assertThat(page.locator("#facet-organisation")).containsText("Eksjö kommun");
        assertThat(page.locator(".search-results")).not().containsText("Vetlanda kommun");

        page.navigate(base + "/search?q=finnsinte");
        assertThat(page.locator("#search-summary")).containsText("Inga träffar");
        Browser.assertAccessible(page, "no results (sv)");
    }

    @Test
    void aPlatformAdministratorRebuildsTheIndex() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        signIn(page, base, "hoglandsforbundet.platform-admin");
        page.navigate(base + "/admin/search");
        assertThat(page.locator("#search-engine")).containsText("Apache Lucene");
        assertThat(page.locator("#search-counts")).containsText("Organisation");
        Browser.assertAccessible(page, "search administration (sv)");
        page.locator("#reindex").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("ombyggt");

        Page member = browser.newPage();
        signIn(member, base, "eksjo.member");
        member.navigate(base + "/admin/search");
        assertThat(member.locator("#search-engine")).hasCount(0);
    }

    @Test
    void aWrongPasswordShowsAClearMessageInSwedish() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill("eksjo.member");
        page.locator("input[name='password']").fill("fel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Inloggningen misslyckades");
        // The username is filled in again and the cursor waits in the password field, which is empty.
        assertThat(page.locator("input[name='username']")).hasValue("eksjo.member");
        assertThat(page.locator("input[name='password']")).hasValue("");
        assertThat(page.locator("input[name='password']")).isFocused();
        Browser.assertAccessible(page, "login error (sv)");
    }
}
