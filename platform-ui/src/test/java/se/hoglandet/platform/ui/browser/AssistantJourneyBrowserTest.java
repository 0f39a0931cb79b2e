package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The knowledge assistant in real Chromium on the demo data: Vetlanda's project lead asks how Eksjö transcribed its
 * committee meetings and gets Eksjö's lesson and initiative (which Vetlanda may read) as quoted, linked sources and
 * rates the answer; an Aneby employee asking the same gets "no basis", those records being private to Eksjö and
 * Vetlanda; the panel beside the search results answers in place. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class AssistantJourneyBrowserTest {

    private static final String QUESTION = "Hur gjorde Eksjö med transkribering av nämndsmöten?";

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
    void vetlandasProjectLeadGetsEksjosSourcesAndAnAnebyEmployeeGetsNoBasis() {
        String base = "http://localhost:" + port;
        Page vetlanda = browser.newPage();
        Browser.signIn(vetlanda, base, "vetlanda.project-lead");
        vetlanda.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fråga kunskapsbanken"))
                .click();
        vetlanda.waitForURL(base + "/ask");
        assertThat(vetlanda.locator("h1.shell-title")).hasText("Fråga kunskapsbanken");
        assertThat(vetlanda).hasTitle("Fråga kunskapsbanken – Höglandets AI-samverkan");
        Browser.assertAccessible(vetlanda, "assistant, empty (sv)");

        vetlanda.locator("#assistant-question input").fill(QUESTION);
        vetlanda.locator("#assistant-ask").click();
        Locator answer = vetlanda.locator("#assistant-answer");
        assertThat(answer).containsText("Det här står i källorna");
        assertThat(answer).containsText("Transkribering av nämndsmöten: ljudet avgör kvaliteten");
        assertThat(answer.locator("a[href^='initiatives/']").first()).containsText("Transkribering av nämndsmöten");
        assertThat(answer.locator("a[href^='lessons/']").first()).isVisible();
        assertThat(answer.locator("blockquote mark").first()).isVisible();
        Browser.assertAccessible(vetlanda, "assistant, answered from Eksjö's records (sv)");

        vetlanda.locator("#assistant-helpful vaadin-radio-button").first().click();
        vetlanda.locator("#assistant-feedback-send").click();
        assertThat(vetlanda.locator("vaadin-notification-card")).containsText("Tack, ditt omdöme om svaret är sparat.");

        answer.locator("a[href^='lessons/']").first().click();
        vetlanda.waitForURL(Pattern.compile(Pattern.quote(base) + "/lessons/\\d+"));
        assertThat(vetlanda.locator("main")).containsText("ljudmiljön");

        Page aneby = browser.newPage();
        Browser.signIn(aneby, base, "aneby.member");
        aneby.navigate(base + "/ask?q=" + URLEncoder.encode(QUESTION, StandardCharsets.UTF_8));
        assertThat(aneby.locator("#assistant-no-basis")).hasText("Jag hittar inget underlag för det.");
        assertThat(aneby.locator("#assistant-answer")).not().containsText("Transkribering");
        Browser.assertAccessible(aneby, "assistant, no basis (sv)");
    }

    @Test
    void thePanelBesideTheSearchResultsAnswersInPlace() {
        String base = "http://localhost:" + port;
        Page page = browser.newPage();
        Browser.signIn(page, base, "vetlanda.member");
        page.navigate(base + "/search?q=" + URLEncoder.encode("chattbot för invånare", StandardCharsets.UTF_8));
        Locator panel = page.locator("#assistant-panel");
        assertThat(panel).containsText("Fråga kunskapsbanken");
        Browser.assertAccessible(page, "search with the assistant's panel (sv)");

        panel.locator("#assistant-panel-ask").click();
        assertThat(panel.locator("#assistant-answer")).containsText("AI-chattbot för invånarfrågor");
        Browser.assertAccessible(page, "search with the panel's answer (sv)");
    }
}
