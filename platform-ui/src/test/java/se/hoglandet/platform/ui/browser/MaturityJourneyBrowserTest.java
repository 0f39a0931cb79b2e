package se.hoglandet.platform.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * A maturity survey in real Chromium on MariaDB: federation staff open a cycle for Eksjö and Vetlanda; each
 * municipality's coordinator invites themself, answers (Eksjö weak on competence) and submits the result with its
 * collaboration levels; the heatmap and Eksjö's radar chart render in ECharts and hold the expected series
 * (screenshots kept in target/screenshots); Eksjö's weakest dimension links to the academy's AI-basics course. The
 * minimum number of respondents is 1 here so that two people make a result.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.demo=true", "portal.maturity.minimum-respondents=1"})
@UsesMariaDb
class MaturityJourneyBrowserTest {

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
    void federationStaffOpenACycleTwoMunicipalitiesAnswerAndTheChartsShowIt() throws Exception {
        String base = "http://localhost:" + port;
        String name = "Hösten 2026 " + UUID.randomUUID().toString().substring(0, 6);
        Page staff = browser.newPage();
        signIn(staff, base, "hoglandsforbundet.federation-staff");
        staff.navigate(base + "/maturity");
        assertThat(staff.locator("#cycles")).isVisible();
        Browser.assertAccessible(staff, "maturity surveys (sv)");
        staff.locator("#create-cycle").click();
        staff.locator("#cycle-name input").fill(name);
        for (String organisation : List.of("Eksjö kommun", "Vetlanda kommun")) {
            staff.locator("#cycle-organisations input").fill(organisation);
            staff.getByRole(
                            AriaRole.OPTION,
                            new Page.GetByRoleOptions().setName(organisation).setExact(true))
                    .click();
        }
        staff.keyboard().press("Escape");
        staff.locator("#save-cycle").click();
        staff.waitForURL(Pattern.compile(Pattern.quote(base) + "/maturity/cycles/\\d+"));
        String cycle = staff.url().substring(base.length());

        answerAsCoordinator(
                base,
                cycle,
                "eksjo.org-admin",
                "Demo Eksjö org-admin",
                dimension -> dimension.equals("competence") ? 1 : 4);
        answerAsCoordinator(base, cycle, "vetlanda.org-admin", "Demo Vetlanda org-admin", dimension -> 3);

        staff.navigate(base + cycle + "/federation");
        assertThat(staff.locator("#heatmap svg")).isVisible();
        @SuppressWarnings("unchecked")
        Map<String, Object> heatmap = (Map<String, Object>) staff.evaluate("""
                () => { const o = echarts.getInstanceByDom(document.getElementById('heatmap')).getOption();
                        return {cells: o.series[0].data.length, rows: o.yAxis[0].data}; }""");
        assertThat(((Number) heatmap.get("cells")).intValue()).isEqualTo(14);
        assertThat(((List<?>) heatmap.get("rows")).stream().map(String::valueOf).toList())
                .containsExactly("Eksjö kommun", "Vetlanda kommun");
        assertThat(staff.locator("#heatmap-table")).containsText("4,00");
        screenshot(staff, "maturity-heatmap");
        Browser.assertAccessible(staff, "federation overview with heatmap (sv)");

        Page eksjo = browser.newPage();
        signIn(eksjo, base, "eksjo.org-admin");
        eksjo.navigate(base + cycle);
        eksjo.locator("#own-result").click();
        assertThat(eksjo.locator("#radar svg")).isVisible();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> radar = (List<Map<String, Object>>) eksjo.evaluate("""
                () => echarts.getInstanceByDom(document.getElementById('radar')).getOption().series
                        .flatMap(s => s.data.map(d => ({name: d.name, value: d.value})))""");
        // The organisation, the average, and Eksjö's earlier completed cycle (demo) for comparison.
        assertThat(radar)
                .extracting(d -> d.get("name"))
                .startsWith("Eksjö kommun", "Förbundets medelvärde")
                .hasSizeLessThanOrEqualTo(3);
        assertThat((List<?>) radar.getFirst().get("value"))
                .extracting(v -> ((Number) v).doubleValue())
                .containsExactly(4.0, 4.0, 4.0, 1.0, 4.0, 4.0, 4.0);
        assertThat((List<?>) radar.get(1).get("value"))
                .extracting(v -> ((Number) v).doubleValue())
                .containsExactly(3.5, 3.5, 3.5, 2.0, 3.5, 3.5, 3.5);
        screenshot(eksjo, "maturity-radar-eksjo");
        assertThat(eksjo.locator("#weakest")).containsText("Kompetens");
        // Beside courses and peers: a network that shares knowledge, and the federation's guideline on training.
        assertThat(eksjo.locator(
                        "#weakest .gap-network",
                        new Page.LocatorOptions().setHasText("Nätverk: Nätverket för AI-samordnare")))
                .hasCount(1);
        assertThat(eksjo.locator("#weakest .gap-guideline").first()).containsText("Riktlinje:");
        Browser.assertAccessible(eksjo, "organisation result with radar (sv)");
        // The same pages on a phone.
        Page phone = browser.newPage(390, 844);
        signIn(phone, base, "hoglandsforbundet.federation-staff");
        for (String path : List.of("/maturity", cycle, cycle + "/federation")) {
            phone.navigate(base + path);
            Browser.assertFitsAndIsAccessible(phone, path + " at 390 px");
        }
        assertThat(phone.locator("#heatmap svg")).isVisible();
        phone.context().close();

        eksjo.locator("#weak-courses").click();
        eksjo.waitForURL(Pattern.compile(Pattern.quote(base) + "/academy\\?topic=AI_BASICS"));
        assertThat(eksjo.locator("#courses")).containsText("AI-grunder för alla medarbetare");
    }

    private void answerAsCoordinator(
            String base,
            String cycle,
            String username,
            String displayName,
            java.util.function.Function<String, Integer> score) {
        Page page = browser.newPage();
        signIn(page, base, username);
        page.navigate(base + cycle);
        page.locator("#invite-person input").fill(displayName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(displayName))
                .click();
        page.locator("#invite").click();
        assertThat(page.locator("#my-answers")).isVisible();
        for (String[] question : QUESTIONS) {
            int value = score.apply(question[0]);
            page.locator("#question-" + question[1] + " vaadin-radio-button")
                    .nth(value - 1)
                    .click();
        }
        page.locator("#submit-answers").click();
        assertThat(page.locator("#my-answers")).containsText("Du har skickat in dina svar");
        for (String dimension : DIMENSIONS) {
            for (String kind : List.of("current", "target")) {
                page.locator("#level-" + kind + "-" + dimension + " input")
                        .fill(kind.equals("current") ? "Nivå 1" : "Nivå 3");
                page.getByRole(
                                AriaRole.OPTION,
                                new Page.GetByRoleOptions()
                                        .setName(Pattern.compile(kind.equals("current") ? "^Nivå 1" : "^Nivå 3")))
                        .click();
            }
        }
        page.locator("#submit-result").click();
        assertThat(page.locator("#submit-result")).hasText("Skicka in resultatet på nytt");
        assertThat(page.locator("#respondents")).containsText("Inskickat");
        Browser.assertAccessible(page, "coordination after submitting (sv)");
    }

    private static final List<String> DIMENSIONS =
            List.of("strategy", "data", "legal", "competence", "change", "collaboration", "use");

    /** The shipped model's questions: dimension, question key. */
    private static final String[][] QUESTIONS = {
        {"strategy", "strategy-goals"},
        {"strategy", "strategy-ownership"},
        {"data", "data-quality"},
        {"data", "data-platform"},
        {"legal", "legal-assessments"},
        {"legal", "legal-aiact"},
        {"competence", "competence-basic"},
        {"competence", "competence-experts"},
        {"change", "change-method"},
        {"change", "change-staff"},
        {"collaboration", "collaboration-share"},
        {"collaboration", "collaboration-procure"},
        {"use", "use-breadth"},
        {"use", "use-effects"}
    };

    private static void screenshot(Page page, String name) throws java.io.IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(directory.resolve(name + ".png"))
                .setFullPage(true));
        assertThat(Files.size(directory.resolve(name + ".png"))).isGreaterThan(10_000);
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
