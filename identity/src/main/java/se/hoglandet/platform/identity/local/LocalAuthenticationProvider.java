package se.hoglandet.platform.identity.local;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.UnknownOrganisationException;
import se.hoglandet.platform.shared.Actor;

/**
 * Signs in with a local account: checks the BCrypt hash (once, whatever the outcome), the lock, then provisions the person's profile exactly
 * as an identity-provider login would, and hands back a principal carrying the portal {@link Actor}.
 */
@NamedInterface("login")
public class LocalAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the username is unknown, so that timing does not reveal which usernames exist. */
    private final String unknownUserHash;

    private final UserAccountRepository accounts;
    private final LoginAttempts attempts;
    private final PersonService people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LocalAuthenticationProvider(
            UserAccountRepository accounts,
            LoginAttempts attempts,
            PersonService people,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null
                ? ""
                : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Optional<UserAccount> found = accounts.findByUsername(username);
        // Exactly one hash check on every path (unknown user, disabled, locked, wrong or right password), so the
        // time taken tells nothing about the account.
        boolean passwordMatches = passwordEncoder.matches(
                password, found.map(UserAccount::passwordHash).orElse(unknownUserHash));
        if (found.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        UserAccount account = found.get();
        if (account.isLockedAt(clock.instant())) {
            throw new LockedException("Too many failed logins");
        }
        if (!passwordMatches) {
            attempts.failed(username);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!account.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        attempts.succeeded(username);
        Person person;
        try {
            person = people.recordLogin(new LoginIdentity(
                    "local:" + username,
                    account.displayName(),
                    account.email(),
                    account.organisationCode(),
                    account.roles()));
        } catch (UnknownOrganisationException e) {
            throw new DisabledException("The account's organisation is unknown or inactive", e);
        }
        Actor actor = new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                account.roles());
        PortalUser principal = new PortalUser(username, actor);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
