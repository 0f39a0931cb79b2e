package se.hoglandet.platform.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.ui.browser.Browser;

/**
 * Capacity under concurrent users, not a test: {@code ./mvnw -Pbenchmark -pl platform-ui -am verify -DskipTests}
 * (issue 23, goal 4: ≤ 50 ms of server CPU per page view and p95 ≤ 500 ms).
 *
 * <p>The portal runs as its own process with MariaDB, both pinned to CPU 0 with {@code taskset}; this JVM and the
 * headless Chromium browsers that play the users run on CPU 1. N users follow a scripted day (sign in, start page,
 * register, an initiative, search, academy, an assessment, and round again from the start page) with an
 * exponentially distributed think time between page views. After a warm-up, the server's CPU time (portal +
 * MariaDB, from {@code /proc}) is divided by the page views served in the measured window; the node's CPU with no
 * user (measured for a while after the run) is reported beside it. A page view is timed from the click (an in-app
 * navigation, as a menu link does it) until Vaadin is idle. The browsers need several times the server's CPU per
 * page view: keep the users to what one core of browsers can play (the report says when it could not).
 */
public final class CapacityBenchmark {

    private static final int USERS = Integer.getInteger("benchmark.users", 10);
    private static final int DRIVERS = Integer.getInteger("benchmark.drivers", 4);
    private static final double THINK_SECONDS = Double.parseDouble(System.getProperty("benchmark.think", "5"));
    private static final int WARM_UP_SECONDS = Integer.getInteger("benchmark.warmUp", 90);
    private static final int MEASURED_SECONDS = Integer.getInteger("benchmark.measured", 180);
    private static final String[] ACCOUNTS = {
        "eksjo.project-lead", "eksjo.member", "eksjo.lawyer", "vetlanda.member", "nassjo.member", "eksjo.org-admin"
    };
    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private static final int IDLE_SECONDS = 30;

    private CapacityBenchmark() {}

    public static void main(String[] args) throws Exception {
        pin(ProcessHandle.current().pid(), "1");
        try (PortalProcess portal = PortalProcess.start("0", "capacity-portal.log")) {
            long mariaDb = descendant("mariadbd");
            pin(mariaDb, "0");
            String base = portal.base;
            List<String> day = day(portal.jdbc());
            Recorder recorder = new Recorder();
            CountDownLatch done = new CountDownLatch(DRIVERS);
            long start = System.nanoTime();
            long warmUpEnds = start + WARM_UP_SECONDS * 1_000_000_000L;
            long ends = warmUpEnds + MEASURED_SECONDS * 1_000_000_000L;
            for (int d = 0; d < DRIVERS; d++) {
                int driver = d;
                Thread.ofPlatform().name("driver-" + d).start(() -> {
                    try {
                        drive(driver, base, day, recorder, ends);
                    } finally {
                        done.countDown();
                    }
                });
            }
            Thread.sleep(Math.max(0, (warmUpEnds - System.nanoTime()) / 1_000_000));
            long[] serverBefore = {cpuTicks(portal.pid()), cpuTicks(mariaDb)};
            long browsersBefore = browserTicks(portal.pid(), mariaDb);
            recorder.startMeasuring();
            Thread.sleep(Math.max(0, (ends - System.nanoTime()) / 1_000_000));
            recorder.stopMeasuring();
            long[] serverAfter = {cpuTicks(portal.pid()), cpuTicks(mariaDb)};
            long browsersAfter = browserTicks(portal.pid(), mariaDb);
            done.await();
            // What the server spends with nobody on it (scheduled jobs, the JVM's own work), to tell the cost of a
            // page view from the fixed cost of a running node.
            long[] idleBefore = {cpuTicks(portal.pid()), cpuTicks(mariaDb)};
            Thread.sleep(IDLE_SECONDS * 1000L);
            long[] idleAfter = {cpuTicks(portal.pid()), cpuTicks(mariaDb)};
            double idleMsPerSecond = (idleAfter[0] + idleAfter[1] - idleBefore[0] - idleBefore[1])
                    * 1000.0
                    / TICKS_PER_SECOND
                    / IDLE_SECONDS;
            String report =
                    report(recorder, serverBefore, serverAfter, browsersAfter - browsersBefore, idleMsPerSecond);
            System.out.println(report);
            Files.writeString(Path.of("target/capacity-results.txt"), report);
        }
        // The test database's process watchers are not daemon threads: end the JVM once the results are written.
        System.exit(0);
    }

    /** One driver thread plays its share of the users round-robin, each user waiting its own think time. */
    private static void drive(int driver, String base, List<String> day, Recorder recorder, long ends) {
        Random random = new Random(driver);
        try (Browser browser = new Browser()) {
            List<User> users = new ArrayList<>();
            for (int u = driver; u < USERS; u += DRIVERS) {
                users.add(
                        new User(browser.newPage(), ACCOUNTS[u % ACCOUNTS.length], System.nanoTime() + think(random)));
            }
            while (System.nanoTime() < ends) {
                User next = Collections.min(users, (a, b) -> Long.compare(a.due, b.due));
                long wait = next.due - System.nanoTime();
                if (wait > 0) {
                    sleep(wait / 1_000_000);
                    continue;
                }
                long began = System.nanoTime();
                try {
                    next.step(base, day);
                    recorder.pageView(System.nanoTime() - began);
                } catch (PlaywrightException failed) {
                    // A page that did not come (a timeout under overload) counts as an error; the user starts over.
                    recorder.error();
                    next.startOver();
                }
                next.due = System.nanoTime() + think(random);
            }
        }
    }

    /** A simulated user: signs in once, then walks the day's pages over and over. */
    private static final class User {
        private final Page page;
        private final String account;
        private long due;
        private int step = -1;

        User(Page page, String account, long due) {
            this.page = page;
            this.account = account;
            this.due = due;
        }

        void startOver() {
            step = -1;
            page.context().clearCookies();
        }

        void step(String base, List<String> day) {
            if (step < 0) {
                Browser.signIn(page, base, account);
            } else {
                page.evaluate(
                        "path => { window.history.pushState({}, '', path);"
                                + " window.dispatchEvent(new PopStateEvent('popstate', {state: {}})); }",
                        day.get(step % day.size()));
            }
            page.waitForFunction("() => window.Vaadin && Object.values(window.Vaadin.Flow.clients)"
                    + ".every(client => !client.isActive())");
            step++;
        }
    }

    /** Page views and their times, counted only inside the measured window. */
    private static final class Recorder {
        private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        private final AtomicLong measuring = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();

        void error() {
            if (measuring.get() == 1) {
                errors.incrementAndGet();
            }
        }

        void startMeasuring() {
            measuring.set(1);
        }

        void stopMeasuring() {
            measuring.set(0);
        }

        void pageView(long elapsed) {
            if (measuring.get() == 1) {
                nanos.add(elapsed);
            }
        }
    }

    private static String report(
            Recorder recorder, long[] before, long[] after, long browserTicks, double idleMsPerSecond) {
        long[] times =
                recorder.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int views = Math.max(1, times.length);
        double appMs = (after[0] - before[0]) * 1000.0 / TICKS_PER_SECOND;
        double dbMs = (after[1] - before[1]) * 1000.0 / TICKS_PER_SECOND;
        double serverPerView = (appMs + dbMs) / views;
        double netPerView = Math.max(0, appMs + dbMs - idleMsPerSecond * MEASURED_SECONDS) / views;
        double offered = USERS / THINK_SECONDS;
        double served = times.length / (double) MEASURED_SECONDS;
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "Capacity benchmark: %d users (%d drivers), think time %.1f s (exponential), %d s warm-up, %d s"
                        + " measured; portal + MariaDB on CPU 0, browsers on CPU 1; %s%n"
                        + "  page views %d (%.2f/s of %.2f/s offered), %d failed  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms%n"
                        + "%s"
                        + "  server CPU per page view %.1f ms (portal %.1f ms, MariaDB %.1f ms); CPU 0 busy %.0f %%%n"
                        + "  of which the idle node's own work (%.1f ms CPU per second with no user, %d s after the"
                        + " run): %.1f ms; per page view net of it: %.1f ms%n"
                        + "  browsers' CPU per page view %.1f ms (Chromium and the Playwright driver, CPU 1)%n"
                        + "  sizing at 70 %% of a core, from the gross CPU per page view:%n",
                USERS,
                DRIVERS,
                THINK_SECONDS,
                WARM_UP_SECONDS,
                MEASURED_SECONDS,
                Runtime.version(),
                times.length,
                served,
                offered,
                recorder.errors.get(),
                percentile(times, 0.50),
                percentile(times, 0.95),
                percentile(times, 0.99),
                served < 0.9 * offered
                        ? "  (the browsers could not keep up with the offered load: the times include the load"
                                + " generator's own queueing)\n"
                        : "",
                serverPerView,
                appMs / views,
                dbMs / views,
                (appMs + dbMs) / (MEASURED_SECONDS * 10.0),
                idleMsPerSecond,
                IDLE_SECONDS,
                serverPerView - netPerView,
                netPerView,
                browserTicks * 1000.0 / TICKS_PER_SECOND / views));
        for (double think : new double[] {THINK_SECONDS, 15, 30}) {
            // Users one core carries at 70 % utilisation: each asks for a page every `think` seconds.
            report.append(String.format(
                    Locale.ROOT,
                    "    think time %4.0f s: about %4.0f active users per core%n",
                    think,
                    0.7 * 1000 / (serverPerView / think)));
        }
        return report.toString();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }

    /** The pages of the scripted day, as paths of demo records every demo account may read. */
    private static List<String> day(JdbcTemplate jdbc) {
        long initiative = jdbc.queryForObject(
                "select min(id) from initiative where visibility in ('PUBLIC', 'FEDERATION')", Long.class);
        long assessment = jdbc.queryForObject(
                "select min(id) from assessment where visibility in ('PUBLIC', 'FEDERATION')", Long.class);
        return List.of(
                "/",
                "/initiatives",
                "/initiatives/" + initiative,
                "/search?q=chattbot",
                "/academy",
                "/assessments/" + assessment);
    }

    private static long descendant(String name) {
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().orElse("").endsWith(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " process"))
                .pid();
    }

    /** CPU time of the browsers' side: every other process below this JVM (Chromium, the Playwright driver). */
    private static long browserTicks(long portal, long mariaDb) {
        return ProcessHandle.current()
                .descendants()
                .mapToLong(ProcessHandle::pid)
                .filter(pid -> pid != portal && pid != mariaDb)
                .map(CapacityBenchmark::cpuTicks)
                .sum();
    }

    /** utime + stime of a process, from /proc/&lt;pid&gt;/stat (fields 14 and 15). */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static void pin(long pid, String cpus) throws IOException, InterruptedException {
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                .redirectErrorStream(true)
                .start();
        String output = new String(taskset.getInputStream().readAllBytes());
        if (taskset.waitFor() != 0) {
            throw new IllegalStateException("taskset failed: " + output);
        }
    }

    private static long think(Random random) {
        return (long) (-Math.log(1 - random.nextDouble()) * THINK_SECONDS * 1e9);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
