package se.hoglandet.platform.identity.local;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode's accounts.
 *
 * @param password the password of every demo account ({@code PORTAL_DEMO_PASSWORD}); demo mode is for trying the
 *                 portal out and is off in production
 */
@ConfigurationProperties("portal.demo-accounts")
public record DemoAccountProperties(String password) {

    public DemoAccountProperties {
        password = password == null || password.isBlank() ? "demo" : password;
    }
}
