package se.hoglandet.platform.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The organisations page shows what the service says the user may do: the separation-of-duties toggle for the
 * organisation's own administrator only, and a click on it changes the setting in the database.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class OrganisationsViewTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOwnAdministratorTogglesWhetherTheLastSignerMayDecide() {
        signIn("vetlanda.org-admin");
        navigate(OrganisationsView.class);
        Checkbox toggle = $(Checkbox.class).id("last-signer-may-decide");
        assertThat(toggle.getValue()).isFalse();

        test(toggle).click();
        try {
            assertThat(setting("vetlanda")).isTrue();
            // The page re-read the setting: a second change carries the new version and is not refused as stale.
            test($(Checkbox.class).id("last-signer-may-decide")).click();
            assertThat(setting("vetlanda")).isFalse();
        } finally {
            jdbc.update("update organisation set last_signer_may_decide = false where code = 'vetlanda'");
        }
    }

    @Test
    void aMemberSeesNeitherTheToggleNorTheAdministration() {
        signIn("vetlanda.member");
        navigate(OrganisationsView.class);

        assertThat($(Checkbox.class).withId("last-signer-may-decide").exists()).isFalse();
        assertThat($(Button.class).withId("add-company").exists()).isFalse();
    }

    private boolean setting(String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select last_signer_may_decide from organisation where code = ?", Boolean.class, code));
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
