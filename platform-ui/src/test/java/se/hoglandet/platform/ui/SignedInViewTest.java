package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Browserless view tests of the portal as a demo user sees it, on the real test MariaDB (one Spring context for
 * all of them): sign in by demo account, read back with JDBC, and the two answers a dialog gives — a refusal in the
 * dialog's own message, and the sentence that names what was done.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
public abstract class SignedInViewTest extends SpringBrowserlessTest {

    /** What a stale edit is told (error.staleEdit). */
    protected static final String STALE = "Någon annan har ändrat uppgifterna medan du arbetade. Dina ändringar har"
            + " inte sparats; ladda om sidan och gör om dem.";

    @Autowired
    protected LocalAuthenticationProvider localAccounts;

    @Autowired
    protected JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in with a demo account (password "demo"), e.g. {@code eksjo.project-lead}. */
    protected void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }

    /** The open dialog refused with {@code message} and stays open with what was typed. */
    protected void assertRefusedInDialog(String message) {
        Dialog dialog = $(Dialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        assertThat($(FormError.class).from(dialog).first().getText()).isEqualTo(message);
    }

    /** The page confirmed what was done with {@code sentence}. */
    protected void assertDone(String sentence) {
        assertThat($(Notification.class).all())
                .extracting(n -> test(n).getText())
                .contains(sentence);
    }

    /** The lowest id of a demo initiative owned by the organisation with {@code code}. */
    protected long demoInitiativeOf(String code) {
        return jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o on o.id = i.owner_organisation_id"
                        + " where o.code = ? and i.demo = true",
                Long.class,
                code);
    }
}
