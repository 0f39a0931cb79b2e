package se.hoglandet.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;

/**
 * A real Elasticsearch 9.5 for the tests, from the thin test distribution on Maven Central (copied into target/
 * by the build), started once per test JVM. It has no bundled JDK: it runs on the test's own JDK. Elasticsearch
 * refuses to run as root, so as root it runs as an unprivileged user made for it. The Swedish hunspell dictionary
 * committed in the search module ({@link SwedishAnalysis#DICTIONARY_FOLDER}, which the embedded engine reads too) is
 * copied into config/hunspell/sv_SE/, as the production image does.
 */
public final class ElasticsearchTestServer {

    private static final String USER = "portal-es";

    private static ElasticsearchTestServer running;

    private final boolean root = "root".equals(System.getProperty("user.name"));
    private final Path home;
    private final Path runDirectory;
    private final int httpPort;
    private final int transportPort;
    private Process process;

    private ElasticsearchTestServer() throws Exception {
        home = unpackOnce(root);
        // Data and logs per test JVM, so that one JVM's server shutting down never holds another's node lock.
        runDirectory = home.resolveSibling(
                home.getFileName() + "-run-" + ProcessHandle.current().pid());
        deleteRecursively(runDirectory);
        Files.createDirectories(runDirectory);
        Path hunspell = home.resolve("config/hunspell/sv_SE");
        Files.createDirectories(hunspell);
        for (String file : SwedishAnalysis.DICTIONARY_FILES) {
            try (InputStream source =
                    SwedishAnalysis.class.getResourceAsStream(SwedishAnalysis.DICTIONARY_FOLDER + file)) {
                if (source == null) {
                    throw new IllegalStateException("Swedish dictionary missing on the class path: " + file);
                }
                Files.copy(source, hunspell.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        httpPort = freePort();
        transportPort = freePort();
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    public static synchronized ElasticsearchTestServer get() {
        if (running == null) {
            try {
                running = new ElasticsearchTestServer();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start Elasticsearch for the tests", e);
            }
        }
        return running;
    }

    public String url() {
        return "http://localhost:" + httpPort;
    }

    /** Stops the server, keeping its data: for outage tests. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        // Collect the tree first: once runuser exits, Elasticsearch's JVM is no longer its descendant.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get();
            for (ProcessHandle child : tree) {
                child.onExit().get();
            }
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        }
        waitUntilPortIsFree();
        process = null;
    }

    /** Starts the server (again), on the same ports and data. */
    public synchronized void start() throws Exception {
        if (root) {
            run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
            run("chown", "-R", USER, home.toString(), runDirectory.toString());
        }
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.addAll(List.of(
                "bash",
                home.resolve("bin/elasticsearch").toString(),
                "-E",
                "http.port=" + httpPort,
                "-E",
                "transport.port=" + transportPort,
                "-E",
                "discovery.type=single-node",
                "-E",
                "xpack.security.enabled=false",
                "-E",
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E",
                "cluster.name=portal-test",
                "-E",
                "path.data=" + runDirectory.resolve("data"),
                "-E",
                "path.logs=" + runDirectory.resolve("logs")));
        Path log = runDirectory.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        process = builder.start();
        awaitHealthy(log);
    }

    private void awaitHealthy(Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health = URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited:\n" + tail(log));
            }
            try {
                HttpResponse<String> response =
                        http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Elasticsearch did not become healthy in time:\n" + tail(log));
    }

    private void waitUntilPortIsFree() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (ServerSocket probe = new ServerSocket(httpPort)) {
                return;
            } catch (IOException inUse) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static void run(String... command) throws Exception {
        new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start()
                .waitFor();
    }

    /**
     * Unpacks the distribution once. As root the server runs as {@value #USER}, who must be able to reach it: the
     * project's own directory may not be traversable for others (a clone in a private temporary directory), so it
     * then goes under the system's temporary directory instead of target/.
     */
    private static Path unpackOnce(boolean root) throws IOException {
        Path zip = Path.of(System.getProperty("portal.test.elasticsearch.zip"));
        Path home = root
                ? Path.of(System.getProperty("java.io.tmpdir"), "portal-test-elasticsearch-" + Files.size(zip))
                : Path.of(System.getProperty("portal.test.elasticsearch.home"));
        home = Distributions.unpackOnce(zip, home);
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return home;
    }

    private static void deleteRecursively(Path path) throws IOException {
        Distributions.deleteRecursively(path);
    }

    private static int freePort() throws IOException {
        return Distributions.freePort();
    }
}
