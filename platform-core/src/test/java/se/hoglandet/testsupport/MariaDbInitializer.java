package se.hoglandet.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring test context at the shared test MariaDB. */
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates db = TestDatabase.mariaDb();
        // Fail fast rather than wait: at JVM exit the server's shutdown hook may stop it before Spring has closed.
        TestPropertyValues.of(
                        // Each context its own data directory: an embedded search index has one writer.
                        "portal.data-dir=" + dataDirectory(),
                        "spring.datasource.url=" + db.jdbcUrl() + "?connectTimeout=2000",
                        "spring.datasource.hikari.connection-timeout=3000",
                        "spring.datasource.username=" + db.username(),
                        "spring.datasource.password=" + db.password(),
                        "spring.datasource.driver-class-name=org.mariadb.jdbc.Driver")
                .applyTo(context);
    }

    private static String dataDirectory() {
        try {
            return Files.createTempDirectory("portal-test-data").toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
