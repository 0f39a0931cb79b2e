package se.hoglandet.platform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started as a separate process exactly as the README's run command does: no
 * settings but the port, in an empty working directory. It must create its H2 database under ./data, serve the
 * login page and report itself healthy.
 */
class PackagedApplicationIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern STARTED = Pattern.compile("Started PlatformApplication in ([\\d.]+) seconds");

    private Process application;

    @AfterEach
    void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                application.destroyForcibly();
            }
        }
    }

    @Test
    void theJarStartsOnEmbeddedDefaultsAndServesTheLoginPage() throws Exception {
        Path jar = Path.of(System.getProperty("portal.test.jar", "target/hoglandet-platform.jar"));
        assertThat(jar).exists();
        Path workingDirectory = Files.createTempDirectory("portal-packaged");
        Path log = workingDirectory.resolve("application.log");
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");

        ProcessBuilder builder = new ProcessBuilder(
                        java, "-jar", jar.toAbsolutePath().toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        Instant started = Instant.now();
        application = builder.start();

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpResponse<String> login = waitFor200(http, "http://localhost:" + port + "/login", log);
        Duration untilServing = Duration.between(started, Instant.now());

        assertThat(login.body()).contains("<html");
        // Ready (health UP) once the start-up work (migrations, demo seeding) is done, as a load balancer sees it.
        HttpResponse<String> health = waitFor200(http, "http://localhost:" + port + "/actuator/health", log);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(workingDirectory.resolve("data/portal.mv.db"))
                .as("H2 database under ./data")
                .exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(workingDirectory.resolve("data"))))
                .as("./data (database and search index) is readable by its owner only")
                .isEqualTo("rwx------");
        HttpResponse<String> prometheus = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(prometheus.statusCode())
                .as("Prometheus scrape from an allowed network")
                .isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode())
                .as("other actuator endpoints need a platform administrator")
                .isNotEqualTo(200);
        String output = Files.readString(log);
        assertThat(output).contains("Demo mode: added");
        Matcher startup = STARTED.matcher(output);
        assertThat(startup.find()).isTrue();
        System.out.printf(
                "Embedded default: Spring reports start-up in %s s; login page served %d ms after launch%n",
                startup.group(1), untilServing.toMillis());
    }

    private HttpResponse<String> waitFor200(HttpClient http, String url, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                throw new AssertionError("The application exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "No HTTP 200 from " + url + " within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
