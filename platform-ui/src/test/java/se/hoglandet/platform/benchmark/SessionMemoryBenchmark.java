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
 * caches and compiled templates are not counted) and after the N contexts are open on a blank page. Each
 * measurement waits until the browsers' idle connections have closed (the portal runs with a one-second keep-alive
 * and no processor cache for this), so the figure is the sessions' and not Tomcat's connection buffers'; a class
 * histogram of the growth shows where the memory goes.
 */
public final class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);
    private static final String USER = System.getProperty("benchmark.user", "eksjo.project-lead");
    private static final double GOAL_KIB = 250;

    private SessionMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        // Idle connections close after a second and leave no cached processor behind: their buffers (~16 KiB each,
        // and a browser keeps several open) belong to the connection, not to the session, and behind a reverse
        // proxy their number follows the proxy's pool, not the users.
        try (PortalProcess portal = PortalProcess.start(
                        null,
                        "session-memory-portal.log",
                        "--server.tomcat.keep-alive-timeout=1s",
                        "--server.tomcat.processor-cache=0");
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
            long baseline = settledHeap(portal);
            Map<String, long[]> baselineClasses = portal.liveObjectsByClass();
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
            report.append(line("start page (after sign-in) /", settledHeap(portal) - baseline));
            report.append(largestGrowth(baselineClasses, portal.liveObjectsByClass()));
            if (System.getenv("BENCHMARK_HEAP_DUMP") != null) { // where a session's memory goes, for a heap analyser
                portal.jcmd("GC.heap_dump " + System.getenv("BENCHMARK_HEAP_DUMP"));
            }
            for (Map.Entry<String, String> view : tour.entrySet()) {
                pages.forEach(page -> moveTo(page, view.getValue()));
                report.append(line(view.getKey() + " " + view.getValue(), settledHeap(portal) - baseline));
            }
            report.append("  after the whole tour (each session on its last view):\n");
            report.append(largestGrowth(baselineClasses, portal.liveObjectsByClass()));
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

    /** The live heap once the browsers' idle connections have closed (one-second keep-alive, see above). */
    private static long settledHeap(PortalProcess portal) throws Exception {
        Thread.sleep(2_500);
        return portal.liveHeap();
    }

    /** Where a session's memory goes: the classes whose live bytes grew most over the baseline, per session. */
    private static String largestGrowth(Map<String, long[]> before, Map<String, long[]> after) {
        StringBuilder lines = new StringBuilder("    largest growth per session, by class (KiB, objects):\n");
        long[] none = {0, 0};
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                    e.getValue()[0] - before.getOrDefault(e.getKey(), none)[0],
                    e.getValue()[1] - before.getOrDefault(e.getKey(), none)[1]
                }))
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(15)
                .forEach(e -> lines.append(String.format(
                        Locale.ROOT,
                        "      %8.1f KiB %7.1f  %s%n",
                        e.getValue()[1] / (double) SESSIONS / 1024,
                        e.getValue()[0] / (double) SESSIONS,
                        e.getKey())));
        return lines.toString();
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
