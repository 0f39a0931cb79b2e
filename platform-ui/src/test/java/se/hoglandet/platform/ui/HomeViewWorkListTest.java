package se.hoglandet.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The start page lists the person's own work without knowing its kinds: a DPO of an organisation of the test's own
 * sees "1 bedömning väntar på din signering" linking to the assessment once a lawyer sent it for review, a
 * colleague without the duty sees that nothing waits, and the task is gone once the DPO has signed.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class HomeViewWorkListTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "ett långt testlösenord";

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDpoSeesTheSignOffWaitingUntilSigned() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "start-" + run;
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = 'eksjo'",
                organisation,
                "Startbolaget " + run);
        String lawyer = account("jurist-" + run, organisation, Role.LAWYER);
        String dpo = account("dpo-" + run, organisation, Role.DPO);
        String colleague = account("kollega-" + run, organisation, Role.PROJECT_LEAD);

        signIn(lawyer);
        Long template = templates.catalogue().stream()
                .filter(t -> t.templateKey().equals("risk-consequence"))
                .findFirst()
                .orElseThrow()
                .id();
        Assessment draft = assessments.create(
                template,
                AssessmentDraft.titled("Chattbot " + run, "Chattbot", Set.of())
                        .withAnswers(AssessmentFixture.completeRiskAnswers()));
        assessments.submit(draft.id(), draft.version());

        signIn(dpo);
        navigate(HomeView.class);
        Div signOffs = $(Div.class).id("work-SIGN_OFFS");
        assertThat($(H3.class, signOffs).first().getText()).isEqualTo("1 bedömning väntar på din signering");
        assertThat($(Anchor.class, signOffs).all())
                .extracting(Anchor::getHref)
                .containsExactly("assessments/" + draft.id());

        signIn(colleague);
        freshStartPage();
        assertThat($(Div.class).withId("work-SIGN_OFFS").all()).isEmpty();
        assertThat($(Paragraph.class).id("my-work-empty").getText()).isEqualTo("Inget väntar på dig just nu.");

        signIn(dpo);
        assessments.signOff(draft.id(), Role.DPO, true, null);
        freshStartPage();
        assertThat($(Div.class).withId("work-SIGN_OFFS").all()).isEmpty();
    }

    /** Navigating to the page already shown does nothing: leave it first, so that the start page is built anew. */
    private void freshStartPage() {
        navigate(ProfileView.class);
        navigate(HomeView.class);
    }

    /** A local account (as an import would leave it after the invitation), returning its username. */
    private String account(String username, String organisation, Role role) {
        jdbc.update(
                "insert into user_account (username, password_hash, display_name, email, organisation_code, enabled,"
                        + " demo, failed_attempts, version) values (?, ?, ?, ?, ?, true, false, 0, 0)",
                username,
                passwordEncoder.encode(PASSWORD),
                username,
                username + "@example.invalid",
                organisation);
        Long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        for (Role each : List.of(Role.MEMBER, role)) {
            jdbc.update("insert into user_account_role (user_account_id, role) values (?, ?)", id, each.name());
        }
        return username;
    }

    private void signIn(String username) {
        var authentication =
                localAccounts.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
