package se.hoglandet.platform.identity.local;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed-login throttling for local accounts.
 *
 * @param maxFailedAttempts failures in a row that lock the account ({@code PORTAL_LOGIN_MAX_FAILED_ATTEMPTS})
 * @param lockDuration      how long it stays locked ({@code PORTAL_LOGIN_LOCK_DURATION}, e.g. {@code 5m})
 */
@ConfigurationProperties("portal.login")
public record LoginProperties(Integer maxFailedAttempts, Duration lockDuration) {

    public LoginProperties {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(5) : lockDuration;
    }
}
