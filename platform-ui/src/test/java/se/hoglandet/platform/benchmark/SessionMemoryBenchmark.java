package se.hoglandet.platform.benchmark;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.ui.browser.Browser;

/**
 * Memory per signed-in session, not a test: {@code ./mvnw -Pbenchmark -pl platform-ui -am verify -DskipTests}
 * (issue 23, goal 3: ≤ 250 KiB on every main view, target 200 KiB).
 *
 * <p>Vaadin's own method: the live heap after full garbage collections, with and without N real sessions. The
 * portal runs as its own process on MariaDB with the demo data (its heap read with {@code jcmd}); N headless Chromium contexts (each its own cookie, so its
 * own HTTP session) sign in as the same demo account and then walk the main views together, moving inside the
 * single-page application as a user clicking the menu does (one UI per session, as in real use). After each view
 * the live heap is measured; (heap − baseline) / N is that view's cost per session, the session and its UI
 * included. The baseline is taken after a warm-up session has walked the same tour once (so class loading,
 * caches and compiled templates are not counted) and after the N contexts are open on a blank page.
 */
public final class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);
    private static final String USER = System.getProperty("benchmark.user", "eksjo.project-lead");
    private static final double GOAL_KIB = 250;

    private SessionMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (PortalProcess portal = PortalProcess.start(null, "session-memory-portal.log");
                Browser browser = new Browser()) {
            String base = portal.base;
            Map<String, String> tour = tour(portal.jdbc());

            Page warmUp = browser.newPage();
            Browser.signIn(warmUp, base, USER);
            tour.values().forEach(path -> moveTo(warmUp, path));

            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                pages.add(browser.newPage());
            }
            long baseline = portal.liveHeap();
            StringBuilder report = new StringBuilder(String.format(
                    Locale.ROOT,
                    "Session memory benchmark: %d sessions as %s, live heap after full GC, baseline %.1f MiB;"
                            + " %d cores, %s%n",
                    SESSIONS,
                    USER,
                    baseline / 1048576.0,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version()));
            pages.forEach(page -> Browser.signIn(page, base, USER));
            pages.forEach(SessionMemoryBenchmark::waitUntilIdle);
            report.append(line("start page (after sign-in) /", portal.liveHeap() - baseline));
            for (Map.Entry<String, String> view : tour.entrySet()) {
                pages.forEach(page -> moveTo(page, view.getValue()));
                report.append(line(view.getKey() + " " + view.getValue(), portal.liveHeap() - baseline));
            }
            System.out.println(report);
            Files.writeString(Path.of("target/session-memory-results.txt"), report.toString());
        }
        // The test database's process watchers are not daemon threads: end the JVM once the results are written.
        System.exit(0);
    }

    /** The main views, in the order of a working day; the record pages open demo records the user may read. */
    private static Map<String, String> tour(JdbcTemplate jdbc) {
        Map<String, String> tour = new LinkedHashMap<>();
        tour.put("register", "/initiatives");
        tour.put("an initiative", "/initiatives/" + firstId(jdbc, "initiative where visibility <> 'PRIVATE'"));
        tour.put("assessments", "/assessments");
        tour.put("an assessment", "/assessments/" + firstId(jdbc, "assessment where visibility <> 'PRIVATE'"));
        tour.put("academy", "/academy");
        tour.put("lessons", "/lessons");
        tour.put("procurements", "/procurements");
        tour.put("tools", "/tools");
        tour.put("search", "/search?q=chattbot");
        tour.put("maturity", "/maturity");
        return tour;
    }

    private static long firstId(JdbcTemplate jdbc, String fromWhere) {
        return jdbc.queryForObject("select min(id) from " + fromWhere, Long.class);
    }

    /** In-app navigation, as a router link does it: the same UI moves on, no page reload. */
    private static void moveTo(Page page, String path) {
        page.evaluate(
                "path => { window.history.pushState({}, '', path);"
                        + " window.dispatchEvent(new PopStateEvent('popstate', {state: {}})); }",
                path);
        page.waitForTimeout(100);
        waitUntilIdle(page);
    }

    private static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive())");
    }

    private static String line(String what, long growth) {
        double perSession = growth / (double) SESSIONS / 1024;
        return String.format(
                Locale.ROOT,
                "  %-45s %7.1f KiB per session%s%n",
                what,
                perSession,
                perSession > GOAL_KIB ? "  (over the 250 KiB goal)" : "");
    }
}
