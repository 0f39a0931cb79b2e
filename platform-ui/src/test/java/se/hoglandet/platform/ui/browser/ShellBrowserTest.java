package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The shell at every width from a small phone to a desktop: the bell, language and sign-out stay inside the
 * screen (a long record title never pushes them off), the header names the part of the portal, the record's
 * title is the page's heading, the browser title names page and site, the skip link leads to the content, and
 * axe finds nothing at any width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class ShellBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {320, 390, 768, 1440})
    void theToolsFitAndTheLongTitleIsTheContentsNotTheHeaders(int width) {
        String base = "http://localhost:" + port;
        Page page = browser.newPage(width, 844);
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("hoglandsforbundet.federation-staff");
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(base + "/");
        assertThat(page).hasTitle("Start – Höglandets AI-samverkan");

        // The demo initiative with the longest title.
        Long initiative = jdbc.queryForObject(
                "select id from initiative where demo = true order by char_length(title) desc, id limit 1", Long.class);
        page.navigate(base + "/initiatives/" + initiative);
        assertThat(page.locator("h1.shell-title")).hasText("Initiativ");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile(".+ – Höglandets AI-samverkan$"));
        for (String tool : new String[] {"#notification-bell", "#language-switch", "#logout"}) {
            Locator locator = page.locator(tool);
            assertThat(locator).isVisible();
            BoundingBox box = locator.boundingBox();
            assertThat(box.x).as(tool + " left edge at " + width).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(tool + " right edge at " + width).isLessThanOrEqualTo(width);
        }
        assertThat(page.locator("#language-switch")).hasAttribute("aria-label", "English");
        assertThat(page.locator("#logout")).hasAttribute("aria-label", "Logga ut");
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at " + width)
                .isEqualTo(true);
        Browser.assertAccessible(page, "initiative page at " + width + " px");

        // Keyboard: the first Tab reaches the skip link, which moves focus to the page's content.
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
        page.context().close();
    }

    /**
     * The phone pass: the main views at 390 px, each signed in as the person who uses it, fit the screen without
     * sideways scrolling (wide tables scroll inside) and pass axe.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "/, eksjo.project-lead",
        "/initiatives, eksjo.project-lead",
        "/initiatives/new, eksjo.project-lead",
        "/lessons, eksjo.project-lead",
        "/search?q=eksj%C3%B6, eksjo.project-lead",
        "/ask, eksjo.project-lead",
        "/tools, eksjo.project-lead",
        "/incidents/new, eksjo.project-lead",
        "/notifications, eksjo.project-lead",
        "/profile, eksjo.project-lead",
        "/assessments, eksjo.lawyer",
        "/procurements, eksjo.procurement",
        "/contracts, eksjo.procurement",
        "/staff, eksjo.org-admin",
        "/organisations, eksjo.org-admin",
        "/maturity, hoglandsforbundet.federation-staff",
        "/federation/routing, hoglandsforbundet.federation-staff",
    })
    void theMainViewsFitAPhone(String path, String username) {
        String base = "http://localhost:" + port;
        Page page = browser.newPage(390, 844);
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(base + "/");
        page.navigate(base + path);
        assertThat(page.locator("h1.shell-title")).isVisible();
        Browser.assertFitsAndIsAccessible(page, path + " at 390 px as " + username);
        page.context().close();
    }

    /**
     * On a laptop (1280 px, the menu drawer open) the header holds the page's title, the longest demo user's name
     * and both buttons: nothing is clipped at the edge and the title keeps room to be read.
     */
    @Test
    void theHeaderFitsALaptopWithTheDrawerOpen() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage(1280, 800);
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("hoglandsforbundet.federation-staff");
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(base + "/");
        page.navigate(base + "/initiatives");
        assertThat(page.locator("h1.shell-title")).hasText("Initiativ");
        var logout = page.locator("#logout").boundingBox();
        assertThat(logout.x + logout.width)
                .as("the logout button ends inside the window")
                .isLessThanOrEqualTo(1280);
        assertThat(page.locator("h1.shell-title").boundingBox().width)
                .as("the page title has room")
                .isGreaterThanOrEqualTo(80);
        page.context().close();
    }
}
