package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The register's journey in real Chromium on MariaDB: a project lead in Eksjö registers a pilot shared with
 * Vetlanda; a Vetlanda member finds it by another Swedish word form of its title; an anonymous visitor sees it
 * in the public register only once it is PUBLIC, and then in the open API too. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class InitiativeJourneyBrowserTest {

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
    void registerAPilotFindItInAnotherMunicipalityAndPublishIt() {
        String base = "http://localhost:" + port;
        String run = UUID.randomUUID().toString().substring(0, 6);
        String title = "Upphandling av AI-tolkning " + run;

        Page lead = browser.newPage();
        signIn(lead, base, "eksjo.project-lead");
        lead.navigate(base + "/initiatives");
        assertThat(lead.locator("#initiatives")).containsText("Införande av Microsoft Copilot med utbildning");
        Browser.assertAccessible(lead, "initiative register (sv)");
        lead.locator("#new-initiative").click();
        lead.waitForURL(base + "/initiatives/new");
        // Every input of the form has a name a screen reader reads out.
        assertThat(lead.locator("main").ariaSnapshot())
                .doesNotContainPattern(Pattern.compile("- (textbox|combobox|checkbox|radio|spinbutton)\\b(?! \")"));
        lead.locator("#save-initiative").click();
        assertThat(lead.locator("#initiative-title")).containsText("Ange en titel (högst 200 tecken).");
        Browser.assertAccessible(lead, "initiative form with an error (sv)");
        lead.locator("#initiative-title input").fill(title);
        lead.locator("#initiative-summary textarea").fill("Tolkning med AI-stöd i samtal med invånare, som pilot.");
        lead.locator("#initiative-participants input").fill("Vetlanda");
        lead.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Vetlanda kommun"))
                .click();
        lead.keyboard().press("Escape");
        lead.locator("#save-initiative").click();
        lead.waitForURL(Pattern.compile(Pattern.quote(base) + "/initiatives/\\d+"));
        String path = lead.url().substring(base.length());
        assertThat(lead.locator("#initiative-heading")).hasText(title);
        // Saved from the bottom of a long form, the record opens at its top.
        assertThat(lead.locator("#initiative-heading")).isInViewport();
        assertThat(lead.locator("main")).containsText("Vetlanda kommun");
        Browser.assertAccessible(lead, "initiative page (sv)");

        Page visitor = browser.newPage();
        visitor.navigate(base + "/public/initiatives");
        assertThat(visitor.locator("#initiatives")).containsText("AI-chattbot för invånarfrågor");
        assertThat(visitor.locator("#initiatives")).not().containsText(title);
        Browser.assertAccessible(visitor, "public register (sv)");

        Page member = browser.newPage();
        signIn(member, base, "vetlanda.member");
        // "upphandlingen" (definite form) finds "Upphandling"; indexing runs after the commit, so allow a moment.
        for (int attempt = 0; attempt < 20 && !member.content().contains(title); attempt++) {
            member.navigate(base + "/search?q=upphandlingen+" + run);
            member.waitForTimeout(500);
        }
        assertThat(member.locator("main")).containsText(title);
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .first()
                .click();
        member.waitForURL(base + path);
        assertThat(member.locator("#edit-initiative")).hasCount(0);
        member.locator("#follow").click();
        assertThat(member.locator("#follow")).hasText("Sluta följa");

        // The lead attaches the risk analysis: a file whose content is not what its name says is refused in
        // Swedish and leaves nothing behind; the real PDF is listed, and the Vetlanda member downloads it.
        lead.navigate(base + path);
        // A type the portal does not take is refused by the browser before sending: the page says so by name.
        lead.locator("#attachment-upload input[type=file]")
                .setInputFiles(
                        new FilePayload("ritning.svg", "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(lead.locator("#attachments .form-error")).containsText("Filen ”ritning.svg” laddades inte upp");
        assertThat(lead.locator("#attachments .form-error")).containsText("Den filtypen tas inte emot.");
        lead.locator("#attachment-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "utklädd.pdf", "application/pdf", "MZ inte en pdf".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(lead.locator("#attachments .form-error"))
                .hasText("Filens innehåll stämmer inte med filtypen i namnet.");
        assertThat(lead.locator("#attachments .attachment-list")).containsText("Inga bilagor ännu.");
        byte[] pdf = ("%PDF-1.4\nRiskanalys " + run + "\n%%EOF").getBytes(StandardCharsets.ISO_8859_1);
        lead.locator("#attachment-upload input[type=file]")
                .setInputFiles(new FilePayload("Riskanalys.pdf", "application/pdf", pdf));
        assertThat(lead.locator("#attachments .attachment-link")).hasText("Riskanalys.pdf");
        Browser.assertAccessible(lead, "initiative page with an attachment (sv)");
        member.navigate(base + path);
        Download download = member.waitForDownload(
                () -> member.locator("#attachments .attachment-link").click());
        assertThat(download.suggestedFilename()).isEqualTo("Riskanalys.pdf");
        try {
            assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(member.locator("#attachment-upload")).hasCount(0);

        lead.locator("#edit-initiative").click();
        lead.waitForURL(base + path + "/edit");
        lead.locator("#initiative-visibility")
                .getByText("Publik", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(false))
                .first()
                .click();
        lead.locator("#save-initiative").click();
        lead.waitForURL(base + path);
        assertThat(lead.locator("#initiative-heading")).isInViewport();

        visitor.navigate(base + "/public/initiatives");
        assertThat(visitor.locator("#initiatives")).containsText(title);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(visitor.locator("main")).containsText("Tolkning med AI-stöd");
        assertThat(visitor.locator("main")).containsText("Vetlanda kommun");
        Browser.assertAccessible(visitor, "public initiative (sv)");

        APIResponse api = visitor.request().get(base + "/api/v1/initiatives?size=200");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.text()).contains(title).contains("\"code\":\"eksjo\"").doesNotContain("\"budget\"");
        APIResponse csv = visitor.request().get(base + "/api/v1/initiatives.csv");
        assertThat(csv.text()).contains(title);
        assertThat(visitor.request().get(base + "/api/v1/openapi.json").text()).contains("/api/v1/initiatives");
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
