package se.hoglandet.platform.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real headless Chromium (Debian's {@code chromium}) driven by Playwright, and the axe-core audit every visited
 * page must pass. Playwright never downloads a browser here: the system one is used.
 */
public final class Browser implements AutoCloseable {

    private static final List<Path> CANDIDATES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        Path executable = CANDIDATES.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("Chromium is not installed: apt-get install chromium (see .ci/run)"));
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--no-first-run")));
    }

    public Page newPage() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setLocale("en-US") // the portal must still answer in Swedish
                        .setViewportSize(1280, 900))
                .newPage();
    }

    /**
     * Runs every axe-core rule (WCAG 2.0/2.1 A and AA and the best practices) on the page; any violation fails.
     */
    public static void assertAccessible(Page page, String where) {
        // Audit what the user sees once it has settled: a notification still fading in is half transparent, and
        // axe would measure the contrast of a blend that no one reads. So wait for finite animations to end.
        page.waitForFunction("() => document.getAnimations()"
                + ".filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)"
                + ".every(a => a.playState !== 'running')");
        AxeResults results = new AxeBuilder(page).analyze();
        List<Rule> violations = results.getViolations().stream()
                .filter(rule -> !rule.getNodes().stream().allMatch(node -> isVaadinsOwn(rule, node)))
                .toList();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("axe-core violations on " + where + ":\n" + report)
                .isEmpty();
    }

    /**
     * The one exception, by rule and selector: Vaadin appends its connection indicator to {@code <body>}, outside
     * any landmark, which axe's best-practice rule "region" reports. The application cannot place it (and it is
     * a status element, announced through its own live region), so only that node under that rule is excused.
     */
    private static boolean isVaadinsOwn(Rule rule, CheckedNode node) {
        return "region".equals(rule.getId())
                && String.valueOf(node.getTarget()).equals("[vaadin-connection-indicator]");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
