package se.hoglandet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The embedded default's data directory (H2 database, Lucene index: PRIVATE texts among them) is readable by its
 * owner only. Made so before any bean can write into it; an existing directory is tightened the same way.
 */
@Component
class DataDirectory implements BeanFactoryPostProcessor, EnvironmentAware {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String database = environment.getProperty("spring.datasource.url", "");
        String elasticsearch = environment.getProperty("portal.search.elasticsearch-url", "");
        boolean used = database.startsWith("jdbc:h2:file:") || elasticsearch.isBlank();
        if (used) {
            ownerOnly(Path.of(environment.getProperty("portal.data-dir", "./data")));
        }
    }

    static void ownerOnly(Path directory) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.isDirectory(directory)) {
                if (!Files.getPosixFilePermissions(directory).equals(OWNER_ONLY)) {
                    log.info("Making the data directory {} readable by its owner only", directory);
                    Files.setPosixFilePermissions(directory, OWNER_ONLY);
                }
            } else {
                Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the data directory " + directory, e);
        }
    }
}
