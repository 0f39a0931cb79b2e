package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.PdfChecks;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The organisation's AI picture in real Chromium on MariaDB (demo mode), axe on every page: Nässjö's administrator
 * records a chosen level and a literacy goal, opens the picture, makes the yearly report and downloads its PDF
 * (veraPDF passes it); federation staff compare the five municipalities' chosen levels in the table and the chart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo=true")
@UsesMariaDb
class PictureJourneyBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        // The picture reads every capability's figures: give a loaded CI machine time for it.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void nassjoRecordsItsLevelAndAGoalMakesTheReportAndTheFederationCompares() throws Exception {
        String base = "http://localhost:" + port;
        Page admin = browser.newPage();
        Browser.signIn(admin, base, "nassjo.org-admin");
        admin.navigate(base + "/picture");
        admin.locator("#picture-heading").waitFor(new Locator.WaitForOptions().setTimeout(60_000));
        assertThat(admin.locator("#picture-heading")).hasText("AI-bilden för Nässjö kommun");
        Browser.assertAccessible(admin, "Nässjö's picture (sv)");

        admin.locator("#record-level").click();
        admin.locator("#level-area input").fill("Kompetensförsörjning");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Kompetensförsörjning"))
                .click();
        admin.locator("#level-level vaadin-radio-button").nth(1).click();
        admin.locator("#level-decided-by input").fill("Kommunstyrelsen");
        // Today: the latest decision is in force, whatever other tests recorded for Nässjö before.
        admin.getByLabel("Beslutsdatum").fill(LocalDate.now(SwedishTime.ZONE).toString());
        admin.getByLabel("Beslutsdatum").press("Enter");
        admin.locator("#level-diary-number input").fill("KS 2026/118");
        Browser.assertAccessible(admin, "the level dialog (sv)");
        admin.locator("#dialog-save").click();
        assertThat(admin.locator("#picture-levels")).containsText("KS 2026/118");
        assertThat(admin.locator("#picture-levels")).containsText("Nivå 2");

        admin.locator("#new-goal").click();
        admin.locator("#goal-title input").fill("Alla medarbetare i Nässjö har AI-grundutbildning");
        admin.locator("#goal-indicator input").fill("Andel med giltig");
        admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Andel med giltig AI-grundutbildning (%)"))
                .click();
        admin.locator("#goal-baseline input").fill("20");
        admin.locator("#goal-target input").fill("90");
        admin.getByLabel("Ska nås senast")
                .fill(LocalDate.now(SwedishTime.ZONE).plusYears(2).toString());
        admin.getByLabel("Ska nås senast").press("Enter");
        Browser.assertAccessible(admin, "the goal dialog (sv)");
        admin.locator("#dialog-save").click();
        assertThat(admin.locator("#picture-goals")).containsText("Alla medarbetare i Nässjö har AI-grundutbildning");
        assertThat(admin.locator("#picture-figures")).containsText("Andel medarbetare med giltig grundutbildning");
        Browser.assertAccessible(admin, "Nässjö's picture with its level and goal (sv)");

        admin.locator("#open-report").click();
        admin.waitForURL(Pattern.compile(Pattern.quote(base) + "/picture/report\\?organisation=\\d+"));
        assertThat(admin.locator("#report-heading"))
                .hasText("Årsrapport " + LocalDate.now(SwedishTime.ZONE).getYear() + " för Nässjö kommun");
        assertThat(admin.locator("#report-content")).containsText("KS 2026/118");
        Browser.assertAccessible(admin, "Nässjö's yearly report (sv)");
        Download pdf = admin.waitForDownload(() -> admin.locator("#report-pdf").click());
        byte[] bytes = Files.readAllBytes(pdf.path());
        PdfChecks.assertAccessible(bytes, "yearly report downloaded in the browser");
        assertThat(PdfChecks.text(bytes)).contains("Nässjö kommun", "Kommunstyrelsen", "Kompetensförsörjning");

        Page staff = browser.newPage();
        Browser.signIn(staff, base, "hoglandsforbundet.federation-staff");
        staff.navigate(base + "/picture/federation");
        for (String municipality :
                List.of("Aneby kommun", "Eksjö kommun", "Nässjö kommun", "Sävsjö kommun", "Vetlanda kommun")) {
            assertThat(staff.locator("#federation-levels")).containsText(municipality);
        }
        assertThat(staff.locator("#federation-levels-chart svg")).isVisible();
        @SuppressWarnings("unchecked")
        List<String> series = (List<String>) staff.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('federation-levels-chart'))
                        .getOption().series.map(s => s.name)""");
        assertThat(series).contains("Nässjö kommun", "Eksjö kommun", "Vetlanda kommun", "Sävsjö kommun");
        Browser.assertAccessible(staff, "the federation's chosen levels (sv)");
    }
}
