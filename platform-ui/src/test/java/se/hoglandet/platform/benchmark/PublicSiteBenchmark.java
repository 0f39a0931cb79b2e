package se.hoglandet.platform.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.PlatformApplication;
import se.hoglandet.testsupport.MariaDbInitializer;

/**
 * Public site benchmark, not a test (runs with {@code -Pbenchmark}, after the register benchmark): the portal on
 * MariaDB with 100 000 initiatives (the register benchmark's seed), 32 concurrent clients over loopback for 60 s
 * after a 15 s warm-up, half of them asking for register pages (varying filters and page numbers), half for
 * initiative pages (varying ids), without conditional headers so that every page is rendered. Reports pages per
 * second, p50/p95/p99 and the live heap (after a full GC) before and after; then the same clients paced to
 * {@code benchmark.rate} pages per second (300: the goal) for the latency at that rate. Appends to
 * {@code target/benchmark-results.txt}.
 */
public final class PublicSiteBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 32);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmUpSeconds", 15));
    private static final Duration MEASURED = Duration.ofSeconds(Long.getLong("benchmark.seconds", 60));
    /** The goal: this many pages per second with p95 ≤ 50 ms, measured in a second, paced run. */
    private static final int PACED_RATE = Integer.getInteger("benchmark.rate", 300);

    private static final String[] FILTERS = {
        "",
        "?area=EDUCATION",
        "?status=PILOT",
        "?organisation=eksjo",
        "?organisation=vetlanda&status=PRODUCTION",
        "?area=ELDERLY_CARE&status=IDEA",
        "?q=fallsensor",
        "?lang=en"
    };

    private PublicSiteBenchmark() {}

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext portal = new SpringApplicationBuilder(PlatformApplication.class)
                .initializers(new MariaDbInitializer())
                .properties("server.port=0", "portal.demo=true", "logging.level.root=WARN")
                .run();
        try {
            String base = "http://localhost:" + portal.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
            RegisterBenchmark.seed(jdbc);
            RegisterBenchmark.index(portal);
            long[] publicIds = jdbc
                    .queryForList("select id from initiative where visibility = 'PUBLIC' order by id", Long.class)
                    .stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            load(base, publicIds, WARM_UP, 0);
            long heapBefore = liveHeap();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            long[] gcBefore = garbageCollection();
            Result result = load(base, publicIds, MEASURED, 0);
            long cpu = os.getProcessCpuTime() - cpuBefore;
            long[] gc = garbageCollection();
            long heapAfter = liveHeap();
            long[] gcBeforePaced = garbageCollection();
            Result paced = load(base, publicIds, MEASURED, PACED_RATE);
            long[] gcPaced = garbageCollection();
            String report = String.format(
                    Locale.ROOT,
                    "Public site benchmark: %d PUBLIC of %d initiatives on MariaDB; %d clients over loopback, %d s"
                            + " (after %d s warm-up), no conditional headers; %d cores, %s%n"
                            + "  %d pages (%d errors), %.0f pages/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                            + "    %s; garbage collection %d times, %d ms%n"
                            + "  CPU of the portal's JVM (clients included, database not): %.1f ms per page;"
                            + " machine load average %.1f%n"
                            + "  live heap after full GC: %.0f MB before, %.0f MB after%n"
                            + "  paced at %d pages/s for %d s: %d pages (%d errors), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n"
                            + "    %s; garbage collection %d times, %d ms%n",
                    publicIds.length,
                    jdbc.queryForObject("select count(*) from initiative", Long.class),
                    CLIENTS,
                    MEASURED.toSeconds(),
                    WARM_UP.toSeconds(),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.version(),
                    result.pages(),
                    result.errors(),
                    result.pages() / (double) MEASURED.toSeconds(),
                    result.percentile(0.50),
                    result.percentile(0.95),
                    result.percentile(0.99),
                    result.byKind(),
                    gc[0] - gcBefore[0],
                    gc[1] - gcBefore[1],
                    result.pages() == 0 ? 0 : cpu / 1e6 / result.pages(),
                    os.getSystemLoadAverage(),
                    heapBefore / 1e6,
                    heapAfter / 1e6,
                    PACED_RATE,
                    MEASURED.toSeconds(),
                    paced.pages(),
                    paced.errors(),
                    paced.percentile(0.50),
                    paced.percentile(0.95),
                    paced.percentile(0.99),
                    paced.byKind(),
                    gcPaced[0] - gcBeforePaced[0],
                    gcPaced[1] - gcBeforePaced[1]);
            System.out.println(report);
            Files.writeString(
                    Path.of("target/benchmark-results.txt"),
                    report,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } finally {
            portal.close();
        }
        // The embedded database's process watcher is not a daemon thread: end here so its shutdown hook runs.
        System.exit(0);
    }

    /** All pages' times, and the register's and the initiative pages' apart (each sorted). */
    record Result(long pages, long errors, long[] nanos, long[] register, long[] initiative) {
        double percentile(double p) {
            return percentile(nanos, p);
        }

        static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, sorted.length * p)] / 1e6;
        }

        /** "register N pages p50 … p95 …; initiative …": which kind of page makes the tail. */
        String byKind() {
            return String.format(
                    Locale.ROOT,
                    "register pages %d, p50 %.1f ms, p95 %.1f ms; initiative pages %d, p50 %.1f ms, p95 %.1f ms",
                    register.length,
                    percentile(register, 0.5),
                    percentile(register, 0.95),
                    initiative.length,
                    percentile(initiative, 0.5),
                    percentile(initiative, 0.95));
        }
    }

    /**
     * {@code CLIENTS} clients for the duration: as fast as they can ({@code rate} 0), or paced so that together they
     * ask for {@code rate} pages per second, each time counted from when the request was due (a late server does
     * not get to delay the next request and hide its lateness).
     */
    private static Result load(String base, long[] publicIds, Duration duration, int rate) throws Exception {
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        long interval = rate == 0 ? 0 : 1_000_000_000L * CLIENTS / rate;
        AtomicLong errors = new AtomicLong();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            futures.add(clients.submit(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                Random random = new Random(client);
                long[] times = new long[1 << 16];
                int n = 0;
                long due = begin + (rate == 0 ? 0 : interval * client / CLIENTS);
                while (System.nanoTime() < end) {
                    if (rate > 0) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    String url = client % 2 == 0
                            ? base + "/public/initiatives" + page(FILTERS[random.nextInt(FILTERS.length)], random)
                            : base + "/public/initiatives/" + publicIds[random.nextInt(publicIds.length)];
                    long start = rate == 0 ? System.nanoTime() : due;
                    due += interval;
                    HttpResponse<byte[]> response = http.send(
                            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    long elapsed = System.nanoTime() - start;
                    if (response.statusCode() != 200 && response.statusCode() != 404) {
                        errors.incrementAndGet();
                    }
                    if (n == times.length) {
                        times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = elapsed;
                }
                return Arrays.copyOf(times, n);
            }));
        }
        List<long[]> register = new ArrayList<>();
        List<long[]> initiative = new ArrayList<>();
        for (int c = 0; c < futures.size(); c++) {
            (c % 2 == 0 ? register : initiative).add(futures.get(c).get());
        }
        clients.shutdown();
        long[] registerNanos =
                register.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] initiativeNanos =
                initiative.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long[] nanos = java.util.stream.LongStream.concat(Arrays.stream(registerNanos), Arrays.stream(initiativeNanos))
                .sorted()
                .toArray();
        return new Result(nanos.length, errors.get(), nanos, registerNanos, initiativeNanos);
    }

    /** A filter with, sometimes, a later page (the first few pages are what people read). */
    private static String page(String filter, Random random) {
        int page = random.nextInt(10) < 7 ? 0 : random.nextInt(5);
        if (page == 0) {
            return filter;
        }
        return filter + (filter.isEmpty() ? "?" : "&") + "page=" + page;
    }

    /** Collections so far and their time in milliseconds, over all collectors. */
    private static long[] garbageCollection() {
        long count = 0;
        long millis = 0;
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
