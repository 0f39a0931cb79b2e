package se.hoglandet.platform.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Real headless Chromium (Debian's {@code chromium}) driven by Playwright, and the axe-core audit every visited
 * page must pass. Playwright never downloads a browser here: the system one is used.
 *
 * <p>Every page also runs under the portal's Content-Security-Policy: a page served as HTML without the header, or
 * anything the policy blocks (reported by the browser as a {@code securitypolicyviolation} or on the console),
 * fails the next audit and, at the latest, {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    private static final List<Path> CANDIDATES =
            List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    /** Reports each CSP violation on the console, where Playwright hears it. */
    private static final String REPORT_CSP_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e =>"
            + " console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI"
            + " + ' at ' + e.sourceFile + ':' + e.lineNumber))";

    /** What broke the policy (or ran without one), over all pages of this browser. */
    private static final Queue<String> CSP_PROBLEMS = new ConcurrentLinkedQueue<>();

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

    /** Signs in on the login page with a demo account (password "demo") and waits for the start page. */
    public static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(base) + "/(\\?continue)?"));
    }

    /** A desktop page, 1440 × 900, asking for English (the portal must still answer in Swedish). */
    public Page newPage() {
        return newPage(1440, 900);
    }

    /** A page of the given size, e.g. 390 × 844 for a phone. */
    public Page newPage(int width, int height) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-US") // the portal must still answer in Swedish
                .setViewportSize(width, height));
        context.addInitScript(REPORT_CSP_VIOLATIONS);
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().startsWith("CSP violation") || message.text().contains("Content Security Policy")) {
                CSP_PROBLEMS.add(page.url() + ": " + message.text());
            }
        });
        page.onResponse(response -> {
            String type = response.headers().getOrDefault("content-type", "");
            if (response.request().isNavigationRequest()
                    && type.startsWith("text/html")
                    && !response.headers().containsKey("content-security-policy")) {
                CSP_PROBLEMS.add(response.url() + ": served without a Content-Security-Policy");
            }
        });
        return page;
    }

    /** A browser context with JavaScript switched off, as some residents and every simple crawler see pages. */
    public BrowserContext newContextWithoutJavaScript() {
        return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setLocale("en-US")
                .setViewportSize(1280, 900));
    }

    /** The page fits its width without sideways scrolling (wide tables scroll inside) and passes axe. */
    public static void assertFitsAndIsAccessible(Page page, String where) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        org.assertj.core.api.Assertions.assertThat(
                        page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling: " + where)
                .isEqualTo(true);
        assertAccessible(page, where);
    }

    /** No page so far has broken (or gone without) the Content-Security-Policy. */
    public static void assertNoCspViolations(String where) {
        List<String> problems = List.copyOf(CSP_PROBLEMS);
        CSP_PROBLEMS.clear();
        assertThat(problems)
                .as("Content-Security-Policy problems up to " + where)
                .isEmpty();
    }

    private static final String SETTLED = "() => {"
            + " const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
            + " const moving = (flow && Object.values(flow).some(c => c.isActive && c.isActive()))"
            + "   || document.getAnimations()"
            + "     .some(a => a.effect && a.effect.getTiming().iterations !== Infinity && a.playState === 'running')"
            + "   || [...document.querySelectorAll('vaadin-notification-card')].some(card =>"
            + "     card.hasAttribute('opening') || card.hasAttribute('closing')"
            + "     || getComputedStyle(card).opacity !== '1'"
            + "     || card.getAnimations({subtree: true}).some(a => a.playState === 'running')"
            + "     || [...(card.shadowRoot ? card.shadowRoot.querySelectorAll('[part]') : [])]"
            + "          .some(part => getComputedStyle(part).opacity !== '1'));"
            + " const now = performance.now();"
            + " if (moving) { window.__portalStillSince = undefined; return false; }"
            + " if (window.__portalStillSince === undefined) { window.__portalStillSince = now; }"
            + " return now - window.__portalStillSince >= 300; }";

    /**
     * Runs every axe-core rule (WCAG 2.0/2.1 A and AA and the best practices) on the page; any violation fails.
     */
    public static void assertAccessible(Page page, String where) {
        // Audit what the user sees once it has settled: a notification still fading in is half transparent, and
        // axe would measure the contrast of a blend that no one reads. A check at one instant can fall between a
        // server round-trip and the start of the fade, so wait until the page has been still for 300 ms: no
        // request of Vaadin's in flight, no finite animation running, every notification card fully opaque down to
        // the parts of its shadow root (where Lumo fades it); a card that never gets there is gone after its 4 s.
        // Even a settled page can start to move while axe reads it (a notification's 4 s run out and it fades),
        // so a violation counts only when a second audit of the settled page finds it again: what the user sees
        // for good is found both times, a passing blend once.
        assertNoCspViolations(where);
        List<Rule> violations = auditSettled(page);
        if (!violations.isEmpty()) {
            List<String> first = violations.stream().map(Rule::getId).toList();
            violations = auditSettled(page).stream()
                    .filter(rule -> first.contains(rule.getId()))
                    .toList();
        }
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

    private static List<Rule> auditSettled(Page page) {
        page.evaluate("() => { window.__portalStillSince = undefined; }");
        page.waitForFunction(SETTLED);
        AxeResults results = new AxeBuilder(page).analyze();
        return results.getViolations().stream()
                .filter(rule -> !rule.getNodes().stream().allMatch(node -> isVaadinsOwn(rule, node)))
                .toList();
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
        assertNoCspViolations("the end of the browser session");
    }
}
