package se.hoglandet.platform.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import se.hoglandet.testsupport.TestDatabase;

/**
 * The portal as its own process on the benchmarks' MariaDB, in demo mode, so that what is measured (its heap, its
 * CPU) holds nothing of the benchmark's own: the Playwright client, for one, keeps objects per page in the JVM
 * that drives the browsers.
 */
final class PortalProcess implements AutoCloseable {

    private static final Pattern G1_USED = Pattern.compile("garbage-first heap[^\\n]*?used (\\d+)K");

    final TestDatabase.Coordinates database;
    final String base;
    private final Process process;

    private PortalProcess(TestDatabase.Coordinates database, String base, Process process) {
        this.database = database;
        this.base = base;
        this.process = process;
    }

    /**
     * Starts the portal, optionally under {@code taskset -c cpus}, with more settings ({@code --name=value}) if
     * given, and waits for its login page.
     */
    static PortalProcess start(String cpus, String log, String... settings) throws IOException, InterruptedException {
        TestDatabase.Coordinates db = TestDatabase.mariaDb();
        int port = freePort();
        List<String> command = new ArrayList<>();
        if (cpus != null) {
            command.addAll(List.of("taskset", "-c", cpus));
        }
        command.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "se.hoglandet.platform.PlatformApplication",
                "--server.port=" + port,
                "--portal.demo=true",
                "--portal.data-dir=" + Files.createTempDirectory("portal-benchmark"),
                "--spring.datasource.url=" + db.jdbcUrl(),
                "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password(),
                "--spring.datasource.driver-class-name=org.mariadb.jdbc.Driver",
                "--logging.level.root=WARN"));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", log).toFile())
                .start();
        PortalProcess portal = new PortalProcess(db, "http://localhost:" + port, process);
        try {
            portal.waitForLogin(log);
        } catch (RuntimeException | InterruptedException failed) {
            process.destroyForcibly();
            throw failed;
        }
        return portal;
    }

    long pid() {
        return process.pid();
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
    }

    /** The live heap: used heap right after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). */
    long liveHeap() throws IOException, InterruptedException {
        long used = usedAfterFullGc();
        for (int round = 0; round < 4; round++) {
            long again = usedAfterFullGc();
            if (Math.abs(again - used) < 64 * 1024) {
                return again;
            }
            used = again;
        }
        return used;
    }

    /** Live objects per class (instances, bytes), after a full collection: {@code jcmd GC.class_histogram}. */
    Map<String, long[]> liveObjectsByClass() throws IOException, InterruptedException {
        Map<String, long[]> objects = new HashMap<>();
        for (String line : jcmd("GC.class_histogram").split("\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 4 && fields[0].endsWith(":")) {
                objects.merge(fields[3], new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[2])}, (a, b) ->
                        new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return objects;
    }

    private long usedAfterFullGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher matcher = G1_USED.matcher(jcmd("GC.heap_info"));
        if (!matcher.find()) {
            throw new IllegalStateException("no G1 heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(matcher.group(1)) * 1024;
    }

    String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        command)
                .redirectErrorStream(true)
                .start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + output);
        }
        return output;
    }

    private void waitForLogin(String log) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 900_000_000_000L; // a loaded machine can take minutes
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    // The demo data and the first index build may still run after the login page answers.
                    Thread.sleep(20_000);
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not answer on " + base + "/login (see target/" + log + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
