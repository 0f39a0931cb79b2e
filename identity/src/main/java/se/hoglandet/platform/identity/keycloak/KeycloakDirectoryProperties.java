package se.hoglandet.platform.identity.keycloak;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The directory sync's access to Keycloak: the realm (from the issuer URI the login uses) and the service-account
 * client whose secret comes from the environment.
 *
 * @param issuerUri    e.g. {@code https://login.example.se/realms/hoglandet}
 * @param clientId     the service-account client, {@code portal-directory} in the realm file
 * @param clientSecret from {@code KEYCLOAK_DIRECTORY_CLIENT_SECRET}; without it there is no sync
 * @param syncInterval how often the scheduled sync runs
 * @param pageSize     users read per request
 */
@ConfigurationProperties("portal.directory.keycloak")
public record KeycloakDirectoryProperties(
        String issuerUri, String clientId, String clientSecret, Duration syncInterval, Integer pageSize) {

    public KeycloakDirectoryProperties {
        clientId = clientId == null || clientId.isBlank() ? "portal-directory" : clientId;
        syncInterval = syncInterval == null ? Duration.ofHours(1) : syncInterval;
        pageSize = pageSize == null ? 200 : pageSize;
    }

    /** The server's base URL: the issuer without {@code /realms/<realm>}. */
    String serverUrl() {
        return issuerUri.substring(0, issuerUri.indexOf("/realms/"));
    }

    String realm() {
        String realm = issuerUri.substring(issuerUri.indexOf("/realms/") + "/realms/".length());
        return realm.endsWith("/") ? realm.substring(0, realm.length() - 1) : realm;
    }
}
