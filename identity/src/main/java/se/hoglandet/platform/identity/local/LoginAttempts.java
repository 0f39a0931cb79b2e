package se.hoglandet.platform.identity.local;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account in the database (so that the lock holds across application nodes). Each
 * update commits on its own, even though the login that caused it fails.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final LoginProperties properties;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, LoginProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username) {
        accounts.findByUsername(username)
                .ifPresent(account -> account.registerFailedLogin(
                        clock.instant(), properties.maxFailedAttempts(), properties.lockDuration()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        accounts.findByUsername(username).ifPresent(UserAccount::registerSuccessfulLogin);
    }
}
