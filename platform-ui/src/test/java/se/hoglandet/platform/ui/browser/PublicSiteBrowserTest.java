package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.initiative.EuDatabaseService;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.publicsite.ui.PublicSiteFixture;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The public site in Chromium, as a resident uses it: with JavaScript off, every page is there; each page passes
 * axe (WCAG 2.1 AA) in Swedish and English under the site's strict Content-Security-Policy; and the journey —
 * filter the register by Vetlanda, open an initiative, switch to English, verify a certificate by pressing Enter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class PublicSiteBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LocalAuthenticationProvider accounts;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    EuDatabaseService euDatabase;

    @Autowired
    LessonService lessons;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void everyPublicPagePassesAxeInBothLanguages() {
        PublicSiteFixture.Ids ids = PublicSiteFixture.ensure(jdbc, accounts, initiatives, euDatabase, lessons);
        Page page = browser.newPage();
        String base = "http://localhost:" + port;
        for (String path : List.of(
                "/public/initiatives",
                "/public/initiatives?organisation=vetlanda&page=0",
                "/public/initiatives/" + ids.highRisk(),
                "/public/verify?code=H15TEST7",
                "/public/about",
                "/public/accessibility",
                "/public/personal-data",
                "/public/initiatives/abc")) {
            // English for the pages whose layout differs; the text pages share one template.
            boolean both = path.startsWith("/public/initiatives") || path.startsWith("/public/verify");
            for (String language : both ? List.of("", path.contains("?") ? "&lang=en" : "?lang=en") : List.of("")) {
                page.navigate(base + path + language);
                assertThat(page.locator("h1")).isVisible();
                Browser.assertAccessible(page, path + language);
            }
        }
    }

    @Test
    void aResidentFiltersByVetlandaOpensAnInitiativeSwitchesToEnglishAndVerifiesACertificate() {
        PublicSiteFixture.ensure(jdbc, accounts, initiatives, euDatabase, lessons);
        Page page = browser.newPage();
        String base = "http://localhost:" + port;

        page.navigate(base + "/public/initiatives");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        page.getByLabel("Organisation").selectOption("vetlanda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa"))
                .click();
        page.waitForURL(base + "/public/initiatives?organisation=vetlanda&area=&status=&risk=&type=&q=");
        assertThat(page.locator("#organisation option:checked")).hasText("Vetlanda kommun");
        Browser.assertAccessible(page, "register filtered by Vetlanda");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AI-chattbot för invånarfrågor"))
                .click();
        assertThat(page.locator("h1")).hasText("AI-chattbot för invånarfrågor");
        assertThat(page.locator("main h2").first()).hasText("Vad och varför");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main h2").first()).hasText("What and why");
        Browser.assertAccessible(page, "initiative in English");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verify a certificate"))
                .click();
        page.getByLabel("Verification code").fill("h15-test-7");
        page.getByLabel("Verification code").press("Enter");
        assertThat(page.locator("#verification .state")).hasText("The certificate is valid.");
        assertThat(page.locator("#verification")).containsText("Tea Testsson");
        Browser.assertAccessible(page, "certificate verified (en)");
    }

    @Test
    void thePagesNeedNoJavaScript() {
        PublicSiteFixture.ensure(jdbc, accounts, initiatives, euDatabase, lessons);
        com.microsoft.playwright.BrowserContext noScript = browser.newContextWithoutJavaScript();
        Page page = noScript.newPage();
        String base = "http://localhost:" + port;
        page.navigate(base + "/public/initiatives");
        page.getByLabel("Organisation").selectOption("vetlanda");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa"))
                .click();
        assertThat(page.locator("#initiatives")).containsText("AI-chattbot för invånarfrågor");
        page.navigate(base + "/public/verify");
        page.getByLabel("Verifieringskod").fill("H15 TEST 7");
        page.getByLabel("Verifieringskod").press("Enter");
        assertThat(page.locator("#verification .state")).hasText("Intyget är giltigt.");
        noScript.close();
    }
}
