package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
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
 * Reuse across municipalities in real Chromium on MariaDB: a Sävsjö lawyer adopts Eksjö's approved Copilot
 * assessment, changes one answer and links Sävsjö's pilot; Sävsjö's DPO, lawyer, information-security officer and
 * IT manager sign off; the lawyer approves; Sävsjö's project lead can then put the pilot into production, the
 * decision resting on that analysis. Every page is audited with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class AssessmentJourneyBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void savsjoAdoptsEksjosCopilotAssessmentAndItsPilotGoesIntoProduction() throws IOException {
        String base = "http://localhost:" + port;
        String pilot = "Copilot i Sävsjö " + UUID.randomUUID().toString().substring(0, 6);
        long pilotId = savsjoPilot(pilot);
        long eksjos = jdbc.queryForObject("select min(id) from assessment where demo = true and tool is not null", Long.class);

        Page lawyer = browser.newPage();
        signIn(lawyer, base, "savsjo.lawyer");
        lawyer.navigate(base + "/assessments/" + eksjos);
        assertThat(lawyer.locator("#assessment-heading")).hasText("Microsoft 365 Copilot – risk- och konsekvensanalys");
        Browser.assertAccessible(lawyer, "Eksjö's approved assessment (sv)");
        lawyer.locator("#adopt-assessment").click();
        lawyer.waitForURL(Pattern.compile(Pattern.quote(base) + "/assessments/(?!" + eksjos + "$)\\d+"));
        String adopted = lawyer.url().substring(base.length());
        assertThat(lawyer.locator("#adopted-from")).containsText("inga svar ändrade lokalt");

        lawyer.locator("#edit-assessment").click();
        lawyer.waitForURL(base + adopted + "/edit");
        // Audited as it opens: once its drop-down has been opened, Vaadin's multi-select combo box leaves an
        // unnamed list box scroller in the page (axe: aria-input-field-name), which the application cannot name.
        Browser.assertAccessible(lawyer, "assessment editor (sv)");
        lawyer.locator("#answer-access textarea").fill("Sävsjös egen behörighetsstyrning och loggning");
        lawyer.locator("#assessment-initiatives input").fill(pilot);
        lawyer.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(pilot)).click();
        lawyer.keyboard().press("Escape");
        lawyer.locator("#save-assessment").click();
        lawyer.waitForURL(base + adopted);
        assertThat(lawyer.locator("#adopted-from")).containsText("1 svar ändrade lokalt");
        assertThat(lawyer.locator("main")).containsText("ändrat lokalt");
        lawyer.locator("#comment-security textarea").fill("Loggningen följer Sävsjös rutin.");
        lawyer.locator("#send-comment-security").click();
        assertThat(lawyer.locator("main")).containsText("Loggningen följer Sävsjös rutin.");
        lawyer.locator("#submit-assessment").click();
        assertThat(lawyer.locator("#sign-offs")).containsText("Dataskyddsombud: väntar på signering");
        Browser.assertAccessible(lawyer, "assessment in review (sv)");

        for (String[] signer : new String[][] {{"savsjo.dpo", "DPO"}, {"savsjo.infosec", "INFOSEC"},
                {"savsjo.it-manager", "IT_MANAGER"}, {"savsjo.lawyer", "LAWYER"}}) {
            Page page = signer[0].equals("savsjo.lawyer") ? lawyer : browser.newPage();
            if (page != lawyer) {
                signIn(page, base, signer[0]);
            }
            page.navigate(base + adopted);
            page.locator("#sign-off-" + signer[1]).click();
            page.locator("#save-sign-off").click();
            assertThat(page.locator("#sign-off-" + signer[1])).hasCount(0);
        }
        assertThat(lawyer.locator("#sign-offs")).not().containsText("väntar på signering");
        lawyer.locator("#decide-assessment").click();
        lawyer.locator("#decide-outcome").getByText("Godkänd", new com.microsoft.playwright.Locator.GetByTextOptions()
                .setExact(true)).click();
        lawyer.locator("#save-decision").click();
        assertThat(lawyer.locator(".badges")).containsText("Godkänd");
        Browser.assertAccessible(lawyer, "approved assessment with risk matrices (sv)");

        // The PDF for the diarium opens (Poppler renders its first page) and shows the assessment's title.
        Download pdf = lawyer.waitForDownload(() -> lawyer.locator("#assessment-pdf").click());
        assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        assertThat(poppler("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", pdf.path().toString(),
                pdf.path() + "-page")).isZero();
        assertThat(Files.size(Path.of(pdf.path() + "-page-1.png"))).isGreaterThan(1_000);
        assertThat(poppler("pdftotext", pdf.path().toString(), pdf.path() + ".txt")).isZero();
        assertThat(Files.readString(Path.of(pdf.path() + ".txt"))).contains("Microsoft 365 Copilot")
                .contains("Sävsjö kommun").contains("Godkänd");

        Page lead = browser.newPage();
        signIn(lead, base, "savsjo.project-lead");
        lead.navigate(base + "/initiatives/" + pilotId);
        lead.locator("#change-status").click();
        lead.locator("#status-target").getByText("I drift").click();
        assertThat(lead.locator("#production-clearance")).containsText("Beslutet vilar på den godkända analysen");
        lead.getByLabel("Beslutat av").fill("Kommunstyrelsens arbetsutskott");
        lead.getByLabel("Beslutsdatum").fill(LocalDate.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd")));
        lead.getByLabel("Beslutsdatum").press("Enter");
        lead.locator("#save-status").click();
        assertThat(lead.locator(".badges")).containsText("I drift");
    }

    @Test
    void aPlatformAdministratorImportsATemplateWrittenInYaml() {
        String base = "http://localhost:" + port;
        String key = "upphandlingskontroll-" + UUID.randomUUID().toString().substring(0, 6);
        Page admin = browser.newPage();
        signIn(admin, base, "hoglandsforbundet.platform-admin");
        admin.navigate(base + "/assessment-templates");
        assertThat(admin.locator("#template-catalogue")).containsText("Risk- och konsekvensanalys för AI-tjänst");
        Browser.assertAccessible(admin, "template catalogue (sv)");

        admin.locator("#template-text textarea").fill("key: " + key + "\nname: Trasig\n");
        admin.locator("#submit-template").click();
        assertThat(admin.locator(".form-error")).hasText("Mallen kan inte användas: den saknas eller är felaktigt uppbyggd.");
        admin.locator("#template-text textarea").fill(String.join("\n",
                "key: " + key, "type: RISK_CONSEQUENCE", "name: Kontroll inför upphandling av AI " + key,
                "requiredSignOffs: [LAWYER]", "sections:", "  - key: krav", "    title: Krav",
                "    questions:", "      - key: krav", "        text: Vilka krav ställs?", "        kind: TEXT"));
        admin.locator("#submit-template").click();
        assertThat(admin.locator(".form-error")).isHidden();
        assertThat(admin.locator("#template-catalogue")).containsText("Kontroll inför upphandling av AI " + key);
    }

    private static int poppler(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Poppler (" + command[0] + ") is needed: apt-get install poppler-utils", e);
        }
    }

    /** Sävsjö's own Copilot pilot, set up directly: this journey is about the assessment, not the register. */
    private long savsjoPilot(String title) {
        long savsjo = jdbc.queryForObject("select id from organisation where code = 'savsjo'", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into initiative (title, summary, owner_organisation_id, visibility, area, ai_type, data_class,
                    ai_act_role, risk_group, status, collaboration_level, public_fields, created_at, updated_at, demo, version)
                values (?, 'Copilot för administrationen', ?, 'FEDERATION', 'ADMINISTRATION', 'GENERATIVE', 'PERSONAL',
                    'DEPLOYER', 'MINIMAL', 'PILOT', 1, 'ORGANISATIONS,STATUS', ?, ?, false, 0)""", title, savsjo, now, now);
        return jdbc.queryForObject("select id from initiative where title = ?", Long.class, title);
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in")).click();
        page.waitForURL(Pattern.compile(Pattern.quote(base) + "/(\\?continue)?"));
    }
}
