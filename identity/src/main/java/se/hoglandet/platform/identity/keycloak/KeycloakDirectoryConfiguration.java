package se.hoglandet.platform.identity.keycloak;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import se.hoglandet.platform.person.DirectoryService;

/**
 * The directory follows Keycloak when the service account's secret is configured
 * ({@code KEYCLOAK_DIRECTORY_CLIENT_SECRET}): a scheduled sync, on one node at a time (ShedLock), every
 * {@code portal.directory.keycloak.sync-interval}; platform administrators can also sync at once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${portal.directory.keycloak.client-secret:}'.isEmpty()")
@EnableConfigurationProperties(KeycloakDirectoryProperties.class)
public class KeycloakDirectoryConfiguration {

    @Bean
    KeycloakDirectoryReader keycloakDirectoryReader(KeycloakDirectoryProperties properties) {
        return new KeycloakDirectoryReader(properties);
    }

    @Bean
    KeycloakDirectorySync keycloakDirectorySync(DirectoryService directory) {
        return new KeycloakDirectorySync(directory);
    }

    /** The scheduled sync. */
    public static class KeycloakDirectorySync {

        private final DirectoryService directory;

        KeycloakDirectorySync(DirectoryService directory) {
            this.directory = directory;
        }

        @Scheduled(
                initialDelayString = "${portal.directory.keycloak.sync-initial-delay:PT1M}",
                fixedDelayString = "${portal.directory.keycloak.sync-interval:PT1H}")
        @SchedulerLock(name = "directory-sync")
        public void sync() {
            directory.syncFromSource();
        }
    }
}
