package se.hoglandet.platform.initiative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
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
 * The initiative page shows the sections other capabilities contribute (the tools it uses, the lessons written on
 * it) without the initiative views depending on those capabilities.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class InitiativeViewTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theToolsAndLessonsSectionsAreContributedInOrder() {
        var authentication = localAccounts.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("eksjo.project-lead", "demo"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Long initiative = jdbc.queryForObject(
                "select min(i.id) from initiative i join organisation o"
                        + " on o.id = i.owner_organisation_id where o.code = 'eksjo' and i.demo = true",
                Long.class);

        InitiativeView view = navigate("initiatives/" + initiative, InitiativeView.class);

        assertThat($(Div.class).withId("initiative-tools").exists()).isTrue();
        assertThat($(Div.class).withId("initiative-lessons").exists()).isTrue();
        List<String> headings =
                $(H2.class).from(view).all().stream().map(H2::getText).toList();
        assertThat(headings)
                .containsSubsequence(
                        view.getTranslation("initiative.section.attachments"),
                        view.getTranslation("initiative.section.tools"),
                        view.getTranslation("initiative.section.lessons"),
                        view.getTranslation("initiative.section.similar"));
    }
}
