package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * From talk to action in real Chromium on MariaDB: a Nässjö member joins the AI coordinators' network, the
 * federation's administrator makes its project lead a coordinator, who records at the network's meeting that Eksjö,
 * Nässjö and Vetlanda are present, a decision and an action owned by the Nässjö member. The member finds the action
 * on the start page ("Mitt arbete") and marks it done; the coordinator promotes the decision to a joint initiative at
 * level 3, which the network page then lists as its outcome. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class NetworkJourneyBrowserTest {

    private static final String NETWORK = "Nätverket för AI-samordnare";
    private static final String DECISION = "Vi tar fram en gemensam AI-tjänst för mötesprotokoll";
    private static final String ACTION = "Samla in kommunernas protokollmallar";

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
    void theAiCoordinatorsTurnAMeetingsDecisionIntoAJointInitiative() {
        String base = "http://localhost:" + port;
        Long network = jdbc.queryForObject("select id from network where name = ?", Long.class, NETWORK);

        Page nassjo = browser.newPage();
        Browser.signIn(nassjo, base, "nassjo.member");
        open(nassjo, base + "/networks", "#networks");
        assertThat(nassjo.locator("#networks")).containsText(NETWORK);
        Browser.assertAccessible(nassjo, "networks (sv)");
        nassjo.locator("#networks").getByText(NETWORK).click();
        nassjo.waitForURL(base + "/networks/" + network);
        nassjo.locator("#join-network").click();
        assertThat(nassjo.locator("#network-members")).containsText("Demo Nässjö member");
        Browser.assertAccessible(nassjo, "network page after joining (sv)");

        Page lead = browser.newPage();
        Browser.signIn(lead, base, "hoglandsforbundet.project-lead");
        Page admin = browser.newPage();
        Browser.signIn(admin, base, "hoglandsforbundet.org-admin");
        open(admin, base + "/networks/" + network, "#network-members");
        admin.locator("#add-member").click();
        choose(admin, "#member-person", "Demo Höglandsförbundet project-lead");
        admin.locator("#member-role").getByText("Samordnare").click();
        admin.locator("#save-member").click();
        assertThat(admin.locator("#network-members")).containsText("Demo Höglandsförbundet project-lead");
        Browser.assertAccessible(admin, "network page with a new coordinator (sv)");

        open(lead, base + "/networks/" + network, "#network-meetings");
        lead.locator("#network-meetings")
                .getByText("Nätverksträff: riktlinjer och utbildning")
                .click();
        lead.waitForURL(Pattern.compile(Pattern.quote(base) + "/networks/meetings/\\d+"));
        Browser.assertAccessible(lead, "meeting page (sv)");
        lead.locator("#record-attendance").click();
        for (String present : new String[] {"Elin Forsberg", "Tobias Lundgren", "Demo Nässjö member"}) {
            lead.locator("#present-" + personId(present)).click();
        }
        lead.locator("#save-attendance").click();
        Locator represented = lead.locator("#meeting-represented");
        assertThat(represented).containsText("Eksjö kommun");
        assertThat(represented).containsText("Nässjö kommun");
        assertThat(represented).containsText("Vetlanda kommun");

        lead.locator("#add-decision").click();
        lead.locator("#decision-text textarea").fill(DECISION);
        lead.locator("#save-decision").click();
        assertThat(lead.locator("#meeting-decisions")).containsText(DECISION);
        lead.locator("#give-action").click();
        lead.locator("#action-title input").fill(ACTION);
        choose(lead, "#action-owner", "Demo Nässjö member");
        lead.locator("#action-due input")
                .fill(LocalDate.now(SwedishTime.ZONE).plusWeeks(3).toString());
        lead.locator("#action-due input").press("Enter");
        lead.locator("#save-action").click();
        assertThat(lead.locator("#meeting-actions")).containsText(ACTION);
        Browser.assertAccessible(lead, "meeting with attendance, decision and action (sv)");

        open(nassjo, base + "/", "#work-NETWORK_ACTIONS");
        Locator work = nassjo.locator("#work-NETWORK_ACTIONS");
        assertThat(work).containsText(ACTION);
        Browser.assertAccessible(nassjo, "start page with the action (sv)");
        work.getByText(ACTION).click();
        nassjo.waitForURL(Pattern.compile(Pattern.quote(base) + "/networks/actions/\\d+"));
        nassjo.locator("#action-done").click();
        assertThat(nassjo.locator("#action-status")).containsText("Klar");
        Browser.assertAccessible(nassjo, "action done (sv)");

        Long decision = jdbc.queryForObject("select id from network_decision where text = ?", Long.class, DECISION);
        lead.reload();
        lead.locator("#promote-decision-" + decision).click();
        lead.locator("#promotion-kind")
                .getByText("Gemensamt initiativ (samverkansnivå 3)")
                .click();
        choose(lead, "#promotion-area", "Äldreomsorg");
        lead.locator("#promotion-description textarea").fill("En tjänst som skriver utkast till protokoll från möten.");
        lead.locator("#save-promotion").click();
        lead.waitForURL(base + "/networks/" + network);
        assertThat(lead.locator("#network-outcomes")).containsText(DECISION);
        assertThat(lead.locator("#network-outcomes")).containsText("Initiativ");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                        "select collaboration_level from initiative where title = ?", Integer.class, DECISION))
                .isEqualTo(3);
        Browser.assertAccessible(lead, "network page with its outcome (sv)");
    }

    /** Opens a page and waits (generously: the CI machine is shared) until {@code selector} is drawn. */
    private static void open(Page page, String url, String selector) {
        page.navigate(url);
        try {
            page.waitForSelector(selector, new Page.WaitForSelectorOptions().setTimeout(30_000));
        } catch (com.microsoft.playwright.TimeoutError notDrawn) {
            throw new AssertionError(
                    selector + " not drawn at " + page.url() + ": "
                            + page.locator("body").innerText(),
                    notDrawn);
        }
    }

    /** Types into a combo box and picks the option that starts with {@code text}. */
    private static void choose(Page page, String comboBox, String text) {
        page.locator(comboBox + " input").fill(text);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private Long personId(String displayName) {
        return jdbc.queryForObject(
                "select min(id) from person where display_name = ? and active = true", Long.class, displayName);
    }
}
