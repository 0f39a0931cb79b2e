package se.hoglandet.platform.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * A browserless view test on the demo data and the real test MariaDB, signed in as a demo account (every demo
 * account's password is {@code demo}); the database is read through {@link #jdbc} to check what was saved.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    /** The sentence a stale edit is refused with. */
    public static final String STALE =
            "Någon annan har ändrat uppgifterna medan du arbetade. Dina ändringar har inte sparats; ladda om sidan och gör om dem.";

    @Autowired
    protected LocalAuthenticationProvider localAccounts;

    @Autowired
    protected JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo account, as the login page would (the person's profile is recorded). */
    protected void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }
}
