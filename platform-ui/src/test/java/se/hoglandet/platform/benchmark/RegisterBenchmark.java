package se.hoglandet.platform.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.PlatformApplication;
import se.hoglandet.platform.initiative.AiType;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.initiative.RiskGroup;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.ui.browser.Browser;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Register benchmark, not a test: {@code ./mvnw -Pbenchmark -pl platform-ui -am verify -DskipTests}. Starts the
 * portal on MariaDB, seeds 100 000 initiatives (spread over owners, visibilities, areas, statuses, levels, risk
 * groups, data classes, AI types; each with a participating organisation), then measures, after warm-up:
 * <ul>
 *   <li>the register view in headless Chromium as a signed-in Vetlanda member: a full page load of
 *       {@code /initiatives} with each filter in the URL, from navigation until the first row is shown and Vaadin
 *       is idle, timed by the benchmark (with its own calls to the browser) and by the browser's clock;</li>
 *   <li>the public JSON API (list, filters, a deep page, one initiative) and the CSV export over HTTP.</li>
 * </ul>
 * Each line gives p50/p95 time and the SQL statements the whole application prepared for one request or page load
 * (Hibernate's statistics; the benchmark is the only client). Results go to stdout and
 * {@code target/benchmark-results.txt}.
 */
public final class RegisterBenchmark {

    private static final int INITIATIVES = Integer.getInteger("benchmark.initiatives", 100_000);
    private static final int PAGE_WARM_UP = 5;
    private static final int PAGE_MEASURED = 20;
    private static final int API_WARM_UP = 20;
    private static final int API_MEASURED = 100;
    private static final String[] OWNERS = {"hoglandsforbundet", "aneby", "eksjo", "nassjo", "savsjo", "vetlanda"};
    private static final String[] WORDS = ("chattbot taltjänst äldreomsorg skola bygglov socialtjänst protokoll "
                    + "sammanfattning fallsensor planering översättning kundtjänst ekonomi analys prognos")
            .split(" ");

    private static final String SEEN_FIRST_ROW = "new MutationObserver((changes, observer) => {"
            + " if (document.querySelector(\"#initiatives a[href^='initiatives/']\")) {"
            + " window.__seen = performance.now(); observer.disconnect(); } })"
            + ".observe(document, {subtree: true, childList: true})";

    private RegisterBenchmark() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PlatformApplication.class)
                .initializers(new MariaDbInitializer())
                .properties(
                        "server.port=0",
                        "portal.demo=true",
                        "spring.jpa.properties.hibernate.generate_statistics=true",
                        "logging.level.root=WARN",
                        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN")
                .run();
        try {
            String base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            long seedStart = System.nanoTime();
            seed(jdbc);
            index(portal);
            Statistics statistics = portal.getBean(EntityManagerFactory.class)
                    .unwrap(SessionFactory.class)
                    .getStatistics();
            long publicCount =
                    jdbc.queryForObject("select count(*) from initiative where visibility = 'PUBLIC'", Long.class);
            long anyPublicId =
                    jdbc.queryForObject("select max(id) from initiative where visibility = 'PUBLIC'", Long.class);

            StringBuilder report = new StringBuilder(String.format(
                    Locale.ROOT,
                    "Register benchmark: %d initiatives (%d PUBLIC) on MariaDB, seeded in %.0f s; %d cores, %s%n"
                            + "Register view: full page load in headless Chromium, %d warm-up + %d measured per line%n",
                    count(jdbc),
                    publicCount,
                    (System.nanoTime() - seedStart) / 1e9,
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    PAGE_WARM_UP,
                    PAGE_MEASURED));

            try (Browser browser = new Browser()) {
                Page page = browser.newPage();
                signIn(page, base, "vetlanda.member");
                // Where a page load's time goes: the sum over its requests of the time from sending each request
                // to the first byte of its answer (the server's share, loopback), the rest is the browser's.
                double[] serverWait = new double[1];
                page.onRequestFinished(request -> {
                    var timing = request.timing();
                    if (timing.requestStart >= 0 && timing.responseStart >= timing.requestStart) {
                        serverWait[0] += timing.responseStart - timing.requestStart;
                    }
                });
                // The browser's own clock: from navigation start until the first row's link is in the page
                // (seen by a mutation observer) and Vaadin's client is idle (checked every animation frame), so
                // the harness's own calls to the browser are not counted.
                page.addInitScript(SEEN_FIRST_ROW);
                for (String filter : List.of(
                        "",
                        "?area=EDUCATION",
                        "?status=PILOT&level=2",
                        "?organisation=eksjo",
                        "?riskGroup=HIGH&dataClass=PERSONAL&aiType=PREDICTIVE",
                        "?q=fallsensor")) {
                    String url = base + "/initiatives" + filter;
                    List<Double> waits = new ArrayList<>();
                    List<Double> inPage = new ArrayList<>();
                    report.append(measure("view /initiatives" + filter, PAGE_WARM_UP, PAGE_MEASURED, statistics, () -> {
                        serverWait[0] = 0;
                        long start = System.nanoTime();
                        page.navigate(url);
                        page.waitForSelector("#initiatives a[href^='initiatives/']");
                        page.waitForFunction("() => { const idle = Object.values(window.Vaadin.Flow.clients)"
                                + ".every(client => !client.isActive()); if (idle) window.__idle = performance.now();"
                                + " return idle; }");
                        long elapsed = System.nanoTime() - start;
                        waits.add(serverWait[0]);
                        inPage.add(
                                ((Number) page.evaluate("() => Math.max(window.__seen, window.__idle)")).doubleValue());
                        return elapsed;
                    }));
                    report.append(String.format(
                            Locale.ROOT,
                            "      in the browser's own clock (navigation start to first row shown and idle):"
                                    + " p50 %.1f ms  p95 %.1f ms%n"
                                    + "      of which waiting for the server's first bytes: p50 %.1f ms%n",
                            percentile(inPage, 0.5),
                            percentile(inPage, 0.95),
                            percentile(waits, 0.5)));
                }
            }

            report.append(String.format(
                    Locale.ROOT,
                    "Public API over HTTP, %d warm-up + %d measured per line%n",
                    API_WARM_UP,
                    API_MEASURED));
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of(
                    "/api/v1/initiatives",
                    "/api/v1/initiatives?area=EDUCATION&status=PILOT",
                    "/api/v1/initiatives?page=500&size=50",
                    "/api/v1/initiatives/" + anyPublicId)) {
                report.append(
                        measure("api " + path, API_WARM_UP, API_MEASURED, statistics, () -> get(http, base + path)));
            }
            report.append(measure(
                    "api /api/v1/initiatives.csv?area=EDUCATION",
                    2,
                    10,
                    statistics,
                    () -> get(http, base + "/api/v1/initiatives.csv?area=EDUCATION")));
            report.append(measure(
                    "api /api/v1/initiatives.csv (all PUBLIC)",
                    1,
                    5,
                    statistics,
                    () -> get(http, base + "/api/v1/initiatives.csv")));

            System.out.println(report);
            Files.writeString(Path.of("target/benchmark-results.txt"), report.toString());
        } finally {
            portal.close();
        }
        // The embedded MariaDB's process watcher is not a daemon thread: without this the JVM would not end.
        System.exit(0);
    }

    /** The measured (not warm-up) values' percentile, as {@link #measure} computes it. */
    private static double percentile(List<Double> values, double p) {
        List<Double> measured =
                values.subList(PAGE_WARM_UP, values.size()).stream().sorted().toList();
        return measured.get((int) (measured.size() * p));
    }

    private static String measure(String what, int warmUp, int measured, Statistics statistics, LongSupplier run) {
        for (int i = 0; i < warmUp; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[measured];
        long[] statements = new long[measured];
        for (int i = 0; i < measured; i++) {
            statistics.clear();
            nanos[i] = run.getAsLong();
            statements[i] = statistics.getPrepareStatementCount();
        }
        Arrays.sort(nanos);
        Arrays.sort(statements);
        return String.format(
                Locale.ROOT,
                "  %-75s p50 %7.1f ms  p95 %7.1f ms  statements %d (min %d, max %d)%n",
                what,
                nanos[measured / 2] / 1e6,
                nanos[(int) (measured * 0.95)] / 1e6,
                statements[measured / 2],
                statements[0],
                statements[measured - 1]);
    }

    private static long get(HttpClient http, String url) {
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != 200 || response.body().length == 0) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return elapsed;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void signIn(Page page, String base, String username) {
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .click();
        page.waitForURL(Pattern.compile(Pattern.quote(base) + "/(\\?continue)?"));
    }

    private static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from initiative", Long.class);
    }

    /**
     * The seeded rows bypass the services, so no event indexes them: rebuild the search index from the database
     * (the registers' words go through it), unless it already holds them.
     */
    static void index(ConfigurableApplicationContext portal) {
        SearchIndex index = portal.getBean(SearchIndex.class);
        long indexed = index.countByType().getOrDefault("initiative", 0L);
        if (indexed >= count(portal.getBean(JdbcTemplate.class))) {
            return;
        }
        long start = System.nanoTime();
        index.rebuild(portal.getBeansOfType(SearchableRecords.class).values().stream()
                .flatMap(SearchableRecords::all)
                .map(SearchDocument::of));
        System.out.printf(Locale.ROOT, "Search index rebuilt in %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Plain JDBC batches, in a fixed pseudo-random spread; skipped when the database already holds them. */
    static void seed(JdbcTemplate jdbc) {
        long existing = count(jdbc);
        if (existing >= INITIATIVES) {
            return;
        }
        long[] owners = Arrays.stream(OWNERS)
                .mapToLong(code -> jdbc.queryForObject("select id from organisation where code = ?", Long.class, code))
                .toArray();
        Random random = new Random(42);
        Visibility[] visibilities = Visibility.values();
        Instant origin = Instant.parse("2024-01-01T00:00:00Z");
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> participants = new ArrayList<>();
        for (long i = existing; i < INITIATIVES; i++) {
            int owner = random.nextInt(owners.length);
            Timestamp updated = Timestamp.from(origin.plusSeconds(random.nextInt(90_000_000)));
            rows.add(new Object[] {
                "Benchmark " + i + " " + WORDS[random.nextInt(WORDS.length)] + " "
                        + WORDS[random.nextInt(WORDS.length)],
                "Sammanfattning av " + WORDS[random.nextInt(WORDS.length)] + " i kommunen",
                owners[owner],
                visibilities[random.nextInt(visibilities.length)].name(),
                pick(random, Area.values()),
                pick(random, AiType.values()),
                pick(random, DataClass.values()),
                pick(random, RiskGroup.values()),
                pick(random, InitiativeStatus.values()),
                1 + random.nextInt(4),
                updated,
                updated
            });
            participants.add(new Object[] {owners[(owner + 1 + random.nextInt(owners.length - 1)) % owners.length]});
            if (rows.size() == 2_000 || i == INITIATIVES - 1) {
                insert(jdbc, rows, participants);
                rows.clear();
                participants.clear();
            }
        }
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows, List<Object[]> participants) {
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from initiative", Long.class);
        List<Object[]> withIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            Object[] withId = new Object[row.length + 1];
            withId[0] = firstId + i;
            System.arraycopy(row, 0, withId, 1, row.length);
            withIds.add(withId);
        }
        jdbc.batchUpdate("""
                insert into initiative (id, title, summary, owner_organisation_id, visibility, area, ai_type, data_class,
                    ai_act_role, risk_group, status, collaboration_level, public_fields, created_at, updated_at, demo, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DEPLOYER', ?, ?, ?, 'ORGANISATIONS,STATUS,AREA', ?, ?, false, 0)""", withIds);
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            links.add(new Object[] {firstId + i, participants.get(i)[0]});
        }
        jdbc.batchUpdate(
                "insert into initiative_participating_organisations (initiative_id, participating_organisations_id)"
                        + " values (?, ?)",
                links);
    }

    private static String pick(Random random, Enum<?>[] values) {
        return values[random.nextInt(values.length)].name();
    }
}
