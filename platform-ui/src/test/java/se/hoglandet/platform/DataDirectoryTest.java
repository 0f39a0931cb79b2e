package se.hoglandet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** The embedded default's data directory is its owner's only: made so, or tightened if it was not. */
class DataDirectoryTest {

    @TempDir
    Path parent;

    @Test
    void aNewDataDirectoryIsCreatedOwnerOnly() throws Exception {
        Path data = parent.resolve("portal/data");
        prepare(data, "jdbc:h2:file:" + data + "/portal", "");
        assertThat(data).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
    }

    @Test
    void anExistingWorldReadableOneIsTightened() throws Exception {
        Path data = Files.createDirectory(parent.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        prepare(data, "jdbc:mariadb://db/portal", "");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .as("the Lucene index lives there")
                .isEqualTo("rwx------");
    }

    @Test
    void withMariaDbAndElasticsearchNoDataDirectoryIsMade() {
        Path data = parent.resolve("unused");
        prepare(data, "jdbc:mariadb://db/portal", "http://elasticsearch:9200");
        assertThat(data).doesNotExist();
    }

    private static void prepare(Path data, String database, String elasticsearch) {
        DataDirectory directory = new DataDirectory();
        directory.setEnvironment(new MockEnvironment()
                .withProperty("portal.data-dir", data.toString())
                .withProperty("spring.datasource.url", database)
                .withProperty("portal.search.elasticsearch-url", elasticsearch));
        directory.postProcessBeanFactory(new DefaultListableBeanFactory());
    }
}
