package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The header's search field: typing, clearing and typing again asks the index without an error (Vaadin refuses a
 * data callback that never reads the query's limit, which once raised a red error on every clear).
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class GlobalSearchFieldTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void typingClearingAndTypingAgainSuggestsWithoutAnError() {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("eksjo.member", "demo")));
        navigate(HomeView.class);
        GlobalSearchField field = $(GlobalSearchField.class).id("global-search");

        test(field).setFilter("");
        assertThat(test(field).getSuggestions()).isEmpty();
        // The demo data is indexed after start-up: wait until the index answers.
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            test(field).setFilter("");
            test(field).setFilter("Copilot");
            assertThat(test(field).getSuggestions()).isNotEmpty();
        });
        test(field).setFilter("");
        assertThat(test(field).getSuggestions()).isEmpty();
    }
}
