package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Joint procurement in real Chromium on MariaDB: Vetlanda's procurement officer sees in the contract register that
 * Eksjö's and Aneby's speech-to-text contracts end within the same half-year (Eksjö's price stays confidential),
 * starts the suggested joint procurement (pre-filled with both organisations and the dates), and Aneby's procurement
 * officer commits to it and adds an AI clause. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class ProcurementJourneyBrowserTest {

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

    @Test
    void vetlandaStartsTheSuggestedJointProcurementAndAnebyCommits() {
        String base = "http://localhost:" + port;
        Page vetlanda = browser.newPage();
        signIn(vetlanda, base, "vetlanda.procurement");
        vetlanda.navigate(base + "/contracts");
        Locator suggestion = vetlanda.locator("#suggestion-SPEECH_TO_TEXT");
        assertThat(suggestion).containsText("Eksjö kommun");
        assertThat(suggestion).containsText("Aneby kommun");
        assertThat(vetlanda.locator("#ending-contracts"))
                .containsText("Tal-till-text för dokumentation i socialtjänsten");
        assertThat(vetlanda.locator("#ending-contracts")).containsText("Diktering och taligenkänning för handläggare");
        assertThat(vetlanda.locator("#contracts")).containsText("Sekretess");
        Browser.assertAccessible(vetlanda, "contract register with a suggestion (sv)");

        vetlanda.locator("#start-joint-SPEECH_TO_TEXT").click();
        vetlanda.waitForURL(Pattern.compile(Pattern.quote(base) + "/procurements/new\\?.*"));
        assertThat(vetlanda.locator("#procurement-title input")).hasValue("Gemensam upphandling: Tal till text");
        assertThat(vetlanda.locator("#procurement-participants")).containsText("Eksjö kommun");
        assertThat(vetlanda.locator("#procurement-participants")).containsText("Aneby kommun");
        assertThat(vetlanda.locator("#procurement-contract-start input")).not().hasValue("");
        Browser.assertAccessible(vetlanda, "pre-filled joint procurement (sv)");
        vetlanda.locator("#save-procurement").click();
        vetlanda.waitForURL(Pattern.compile(Pattern.quote(base) + "/procurements/\\d+"));
        String page = vetlanda.url().substring(base.length());
        assertThat(vetlanda.locator("#procurement-heading")).hasText("Gemensam upphandling: Tal till text");
        assertThat(vetlanda.locator("#participants")).containsText("Aneby kommun");
        assertThat(vetlanda.locator("#participants")).containsText("Intresserad");
        assertThat(vetlanda.locator("#procurement-timeline")).containsText("Avtal gäller");
        Browser.assertAccessible(vetlanda, "new joint procurement (sv)");

        Page aneby = browser.newPage();
        signIn(aneby, base, "aneby.procurement");
        aneby.navigate(base + page);
        aneby.locator("#change-participant-aneby").click();
        aneby.locator("#participant-status").getByText("Åtagit sig").click();
        aneby.locator("#save-participant").click();
        assertThat(aneby.locator("#participants")).containsText("Åtagit sig");
        aneby.locator("#clause input").fill("Ingen träning");
        aneby.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ingen träning på organisationens data"))
                .click();
        aneby.locator("#add-clause").click();
        assertThat(aneby.locator("#requirements")).containsText("Leverantören får inte använda beställarens data");
        Browser.assertAccessible(aneby, "procurement with Aneby committed (sv)");

        vetlanda.reload();
        assertThat(vetlanda.locator("#participants")).containsText("Åtagit sig");
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(Pattern.compile(Pattern.quote(base) + "/(\\?continue)?"));
    }
}
