package se.hoglandet.platform.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Start-up of the packaged portal beside an empty Vaadin + Spring Boot application ({@code benchmarks/empty-app},
 * the same versions, one view at {@code /login}), with the same JVM flags, each on a fresh data directory: from
 * process start to the first HTTP 200 on {@code /login}, the wall time, the process's CPU time (user + system, from
 * {@code /proc}) at that moment and its peak resident memory. The portal is also timed until it reports itself
 * ready ({@code /actuator/health/readiness}: the demo data and the first index build done) and restarted on the
 * data of its first start. Then both again with the JDK's AOT cache, each trained once on its own application
 * (JDK 25, {@code -XX:AOTCacheOutput} on the extracted jar, as Spring Boot documents it), to see whether that lever
 * pays ({@code -Dbenchmark.skipAot} leaves that half out). Medians of {@code benchmark.startups} starts, taken in
 * turns so that both see the same machine.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark -pl platform-ui -am verify -DskipTests -Dbenchmark.skipSearch
 * -Dbenchmark.skipStaffImport -Dbenchmark.skipRegister -Dbenchmark.skipPublicSite -Dbenchmark.skipSessionMemory
 * -Dbenchmark.skipCapacity}. Linux only ({@code /proc}).
 */
public final class StartupBenchmark {

    /**
     * The flags of every start, both applications: the heap, and {@code -Dbenchmark.extraFlags} (space-separated) to
     * try a lever on both alike, e.g. {@code -Dspring.main.lazy-initialization=true}.
     */
    private static final List<String> FLAGS = flags();

    private static final double TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux x86_64
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    /** One start: seconds to the login page (wall, CPU), peak RSS in MiB, seconds until ready (portal only). */
    record Start(double wall, double cpu, double rssMib, double ready) {}

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path portalJar = Path.of(System.getProperty("benchmark.portalJar"));
        Path emptyJar = Path.of(System.getProperty("benchmark.emptyJar"));
        int runs = Integer.getInteger("benchmark.startups", 3);
        for (Path jar : List.of(portalJar, emptyJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("missing " + jar + ": build with -Pbenchmark (see the class comment)");
            }
        }
        System.out.printf(Locale.ROOT, "Start-up, %d starts each, JVM flags %s, %d processors%n", runs, FLAGS, cores());

        Series plain = measure(runs, List.of(), List.of(), portalJar, emptyJar);
        plain.print("without AOT cache");

        if (Boolean.getBoolean("benchmark.skipAot")) {
            System.out.printf(
                    Locale.ROOT,
                    "Goal 2 (portal ≤ 3× the empty application, wall and CPU): %s%n",
                    plain.meetsGoal() ? "met" : "NOT met");
            return;
        }
        Path work = Files.createTempDirectory("startup-aot");
        Path portalExtracted = extract(portalJar, work.resolve("portal"));
        Path emptyExtracted = extract(emptyJar, work.resolve("empty"));
        Path portalCache = train(portalExtracted, work.resolve("portal.aot"), true);
        Path emptyCache = train(emptyExtracted, work.resolve("empty.aot"), false);
        Series aot = measure(
                runs,
                List.of("-XX:AOTCache=" + portalCache),
                List.of("-XX:AOTCache=" + emptyCache),
                portalExtracted,
                emptyExtracted);
        aot.print("with the AOT cache (extracted jars, each its own trained cache)");
        System.out.printf(
                Locale.ROOT,
                "Goal 2 (portal ≤ 3× the empty application, wall and CPU): %s without the cache, %s with it%n",
                plain.meetsGoal() ? "met" : "NOT met",
                aot.meetsGoal() ? "met" : "NOT met");
    }

    private static List<String> flags() {
        List<String> flags = new ArrayList<>(List.of("-Xmx1g"));
        String extra = System.getProperty("benchmark.extraFlags", "").strip();
        if (!extra.isEmpty()) {
            flags.addAll(List.of(extra.split("\\s+")));
        }
        return List.copyOf(flags);
    }

    /** Starts in turns: empty application, portal on a fresh directory, portal again on that directory. */
    private static Series measure(
            int runs, List<String> portalFlags, List<String> emptyFlags, Path portalJar, Path emptyJar)
            throws IOException, InterruptedException {
        Series series = new Series(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            Path fresh = Files.createTempDirectory("startup-data");
            series.empty().add(start(emptyJar, emptyFlags, fresh, false));
            Path data = Files.createTempDirectory("startup-data");
            series.portal().add(start(portalJar, portalFlags, data, true));
            series.restart().add(start(portalJar, portalFlags, data, true));
        }
        return series;
    }

    private static Start start(Path jar, List<String> extraFlags, Path directory, boolean portal)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(FLAGS);
        command.addAll(extraFlags);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        if (portal) {
            command.addAll(List.of("--portal.data-dir=" + directory.resolve("data"), "--logging.level.root=WARN"));
        }
        Path log = directory.resolve(portal ? "portal.log" : "empty.log");
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String base = "http://localhost:" + port;
            waitFor(process, base + "/login", log);
            double wall = (System.nanoTime() - begin) / 1e9;
            double cpu = cpuSeconds(process.pid());
            double ready = Double.NaN;
            if (portal) {
                waitFor(process, base + "/actuator/health/readiness", log);
                ready = (System.nanoTime() - begin) / 1e9;
            }
            return new Start(wall, cpu, peakRssMib(process.pid()), ready);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static void waitFor(Process process, String url, Path log) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no 200 from " + url + " (see " + log + ")");
    }

    /** User + system CPU of the process so far, from {@code /proc/<pid>/stat} (fields 14 and 15). */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static double peakRssMib(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmHWM:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                        .findFirst()
                        .orElseThrow()
                / 1024.0;
    }

    /** {@code java -Djarmode=tools -jar app.jar extract}: the layout the AOT cache needs (no nested jars). */
    private static Path extract(Path jar, Path destination) throws IOException, InterruptedException {
        run(List.of(
                java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", destination.toString()));
        return destination.resolve(jar.getFileName());
    }

    /** One training start that stops once the context is refreshed and writes the cache (JDK 25, JEP 514). */
    private static Path train(Path jar, Path cache, boolean portal) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(FLAGS);
        command.addAll(List.of(
                "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                jar.toString(),
                "--server.port=" + freePort()));
        if (portal) {
            command.add("--portal.data-dir="
                    + Files.createTempDirectory("startup-train").resolve("data"));
        }
        run(command);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache at " + cache);
        }
        return cache;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("startup-step", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed, see " + log);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Start> starts, ToDoubleFunction<Start> value) {
        List<Double> sorted = starts.stream()
                .map(value::applyAsDouble)
                .sorted(Comparator.naturalOrder())
                .toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The starts of one configuration. */
    record Series(List<Start> empty, List<Start> portal, List<Start> restart) {

        double wallRatio() {
            return median(portal, Start::wall) / median(empty, Start::wall);
        }

        double cpuRatio() {
            return median(portal, Start::cpu) / median(empty, Start::cpu);
        }

        boolean meetsGoal() {
            return wallRatio() <= 3 && cpuRatio() <= 3;
        }

        void print(String title) {
            System.out.printf(Locale.ROOT, "%n%s (medians)%n", title);
            System.out.printf(Locale.ROOT, "%-34s %8s %8s %9s %10s%n", "", "wall s", "CPU s", "peak MiB", "ready s");
            row("empty application, fresh", empty);
            row("portal, fresh data directory", portal);
            row("portal, restart on its data", restart);
            System.out.printf(
                    Locale.ROOT, "portal ÷ empty application: %.2f× wall, %.2f× CPU%n", wallRatio(), cpuRatio());
        }

        private static void row(String name, List<Start> starts) {
            double ready = median(starts, Start::ready);
            System.out.printf(
                    Locale.ROOT,
                    "%-34s %8.2f %8.2f %9.0f %10s   (walls: %s)%n",
                    name,
                    median(starts, Start::wall),
                    median(starts, Start::cpu),
                    median(starts, Start::rssMib),
                    Double.isNaN(ready) ? "–" : String.format(Locale.ROOT, "%.2f", ready),
                    starts.stream()
                            .map(s -> String.format(Locale.ROOT, "%.1f", s.wall()))
                            .toList());
        }
    }
}
