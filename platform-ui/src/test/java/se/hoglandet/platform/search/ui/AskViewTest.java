package se.hoglandet.platform.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.hoglandet.platform.identity.local.LocalAuthenticationProvider;
import se.hoglandet.platform.search.assistant.Gap;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The assistant's page on the demo data: an answer's sources link to their records; the feedback form refuses a
 * rating without yes or no (Swedish message, nothing saved) and saves a valid one; an unanswered question shows the
 * "no basis" sentence and reaches the administrators' list of gaps.
 */
@SpringBootTest(properties = "portal.demo=true")
@UsesMariaDb
class AskViewTest extends SpringBrowserlessTest {

    @Autowired
    LocalAuthenticationProvider localAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAnswerLinksItsSourcesAndItsRatingIsRefusedWithoutYesOrNoAndSavedWithIt() {
        signIn("vetlanda.project-lead");
        ask("Hur gjorde Eksjö med transkribering av nämndsmöten?");

        List<String> links = $(Anchor.class).from($(AnswerView.class).single()).all().stream()
                .map(Anchor::getHref)
                .toList();
        assertThat(links).anySatisfy(link -> assertThat(link).matches("lessons/\\d+"));
        assertThat(links).anySatisfy(link -> assertThat(link).matches("initiatives/\\d+"));
        Long question = jdbc.queryForObject("select max(id) from assistant_question", Long.class);

        test($(TextArea.class).id("assistant-feedback-comment")).setValue("Saknar kostnaden");
        test($(Button.class).id("assistant-feedback-send")).click();
        RadioButtonGroup<Boolean> helpful = $(RadioButtonGroup.class).id("assistant-helpful");
        assertThat(helpful.isInvalid()).isTrue();
        assertThat(helpful.getErrorMessage()).isEqualTo("Svara ja eller nej på om svaret var till hjälp.");
        assertThat(feedbackRows(question)).isZero();

        helpful.setValue(Boolean.TRUE);
        test($(Button.class).id("assistant-feedback-send")).click();
        assertThat(feedbackRows(question)).isOne();
        assertThat(jdbc.queryForObject(
                        "select comment from assistant_feedback where question_id = ?", String.class, question))
                .isEqualTo("Saknar kostnaden");
        assertThat($(Button.class).id("assistant-feedback-send").isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnansweredQuestionSaysSoAndIsListedAmongTheGaps() {
        signIn("aneby.member");
        ask("Hur gjorde Eksjö med transkribering av nämndsmöten?");
        assertThat($(Paragraph.class).id("assistant-no-basis").getText())
                .isEqualTo("Jag hittar inget underlag för det.");

        signIn("hoglandsforbundet.platform-admin");
        navigate(AssistantGapsView.class);
        Grid<Gap> gaps = $(Grid.class).id("assistant-gaps");
        assertThat(gaps.getLazyDataView().getItems().toList()).anySatisfy(gap -> {
            assertThat(gap.organisation()).isEqualTo("Aneby kommun");
            assertThat(gap.reason()).isEqualTo(Gap.Reason.NO_BASIS);
        });
    }

    private void ask(String question) {
        navigate(AskView.class);
        test($(TextField.class).id("assistant-question")).setValue(question);
        test($(Button.class).id("assistant-ask")).click();
    }

    private int feedbackRows(Long question) {
        return jdbc.queryForObject(
                "select count(*) from assistant_feedback where question_id = ?", Integer.class, question);
    }

    private void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(localAccounts.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "demo")));
    }
}
