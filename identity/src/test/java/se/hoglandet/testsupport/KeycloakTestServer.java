package se.hoglandet.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A real Keycloak 26 for the login and directory-sync tests, started once per test JVM from the distribution zip on
 * Maven Central (copied into target/ by the build of the module that runs the tests), in dev mode, importing the
 * very realm file the deployment uses ({@code docker/keycloak/hoglandet-realm.json}). The realm's placeholders
 * (client secrets, demo password, portal URL) come from the environment, as in compose. Identity owns it and shares
 * it with platform-ui as its test-jar.
 */
public final class KeycloakTestServer {

    public static final String REALM = "hoglandet";
    public static final String CLIENT_ID = "portal";

    private static KeycloakTestServer running;

    private final int port;
    private final int portalPort;
    private final String clientSecret = "test-" + UUID.randomUUID();
    private final String directoryClientSecret = "directory-" + UUID.randomUUID();
    private final String adminPassword = UUID.randomUUID().toString();
    private final String demoPassword = "pw-" + UUID.randomUUID().toString().substring(0, 8);
    private final Process process;

    private KeycloakTestServer() throws Exception {
        port = freePort();
        portalPort = freePort();
        Path home = unpackOnce();
        Path importDir = home.resolve("data/import");
        deleteRecursively(home.resolve("data"));
        Files.createDirectories(importDir);
        Files.copy(
                Path.of(System.getProperty("portal.test.keycloak.realm")),
                importDir.resolve(REALM + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);

        Path log = home.resolve("keycloak-test.log");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--import-realm",
                        "--cache=local",
                        "--http-management-port=" + freePort())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        builder.environment().put("KEYCLOAK_CLIENT_SECRET", clientSecret);
        builder.environment().put("KEYCLOAK_DIRECTORY_CLIENT_SECRET", directoryClientSecret);
        builder.environment().put("KEYCLOAK_DEMO_PASSWORD", demoPassword);
        builder.environment().put("PORTAL_BASE_URL", portalUrl());
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitRealm(log);
    }

    /** The running server, started at the first call. */
    public static synchronized KeycloakTestServer get() {
        if (running == null) {
            try {
                running = new KeycloakTestServer();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start Keycloak for the tests", e);
            }
        }
        return running;
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public String clientSecret() {
        return clientSecret;
    }

    /** The secret of the realm's service-account client {@code portal-directory} (the directory sync). */
    public String directoryClientSecret() {
        return directoryClientSecret;
    }

    /** The base URL, e.g. for an admin client of the test itself. */
    public String serverUrl() {
        return "http://localhost:" + port;
    }

    /** The bootstrap administrator (user {@code admin} of the master realm): tests change users through it. */
    public String adminPassword() {
        return adminPassword;
    }

    /** The password of every user in the realm file, for this run. */
    public String demoPassword() {
        return demoPassword;
    }

    /** The port the portal must listen on: the realm only accepts redirects back to it. */
    public int portalPort() {
        return portalPort;
    }

    public String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    private void awaitRealm(Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuerUri() + "/.well-known/openid-configuration");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response =
                        http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("Keycloak did not serve the realm in time:\n" + Files.readString(log));
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static Path unpackOnce() throws IOException {
        return Distributions.unpackOnce(
                Path.of(System.getProperty("portal.test.keycloak.zip")),
                Path.of(System.getProperty("portal.test.keycloak.home")));
    }

    private static void deleteRecursively(Path path) throws IOException {
        Distributions.deleteRecursively(path);
    }

    private static int freePort() throws IOException {
        return Distributions.freePort();
    }
}
