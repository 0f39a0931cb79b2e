package se.hoglandet.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the portal's {@code keycloak} profile (activate it on the test) at the test Keycloak: the values compose
 * gives through the environment, and the port the realm redirects back to.
 */
public class KeycloakInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        TestPropertyValues.of(
                        "KEYCLOAK_ISSUER_URI=" + keycloak.issuerUri(),
                        "KEYCLOAK_CLIENT_SECRET=" + keycloak.clientSecret(),
                        "KEYCLOAK_DIRECTORY_CLIENT_SECRET=" + keycloak.directoryClientSecret(),
                        "server.port=" + keycloak.portalPort())
                .applyTo(context);
    }
}
