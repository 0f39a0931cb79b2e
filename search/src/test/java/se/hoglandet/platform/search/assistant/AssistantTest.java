package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.searchtest.DemoSearchContext;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;

/**
 * The assistant over the demo data on the real Elasticsearch, quoting (no model configured): Vetlanda's project lead
 * gets Eksjö's transcription lesson and initiative as sources, an Aneby user gets no basis for the same question;
 * every question is audited; feedback once, by the asker; the gaps for platform administrators; old questions go.
 */
@DemoSearchContext
class AssistantTest {

    static final String QUESTION = "Hur gjorde Eksjö med transkribering av nämndsmöten?";

    @Autowired
    AssistantService assistant;

    @Autowired
    AssistantRetention retention;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    private Actor member(long person, String organisation, Role... roles) {
        return ActingAs.member(person, new Organisations(jdbc).id(organisation), organisation, roles);
    }

    @Test
    void vetlandasProjectLeadGetsEksjosLessonAndInitiativeQuotedWithTheQuestionsWordsMarked() {
        actingAs.set(member(501, "vetlanda", Role.PROJECT_LEAD));

        Answer answer = assistant.ask(QUESTION);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.QUOTES);
        assertThat(answer.note()).isNull();
        assertThat(answer.aiGenerated()).isFalse();
        assertThat(answer.sources())
                .extracting(Answer.Source::title)
                .contains("Transkribering av nämndsmöten", "Transkribering av nämndsmöten: ljudet avgör kvaliteten");
        assertThat(answer.sources()).extracting(Answer.Source::type).contains("initiative", "lesson");
        assertThat(answer.sources())
                .allSatisfy(source -> assertThat(source.link()).matches("(initiatives|lessons)/\\d+"));
        assertThat(answer.sources().stream().flatMap(s -> s.quotes().stream()).map(Answer.Quote::html))
                .anySatisfy(html -> assertThat(html).contains("<mark>"));
        assertThat(jdbc.queryForMap(
                        "select outcome, external_model, question, organisation_id from assistant_question where id = ?",
                        answer.questionId()))
                .containsEntry("outcome", "QUOTES")
                .containsEntry("external_model", false)
                .containsEntry("question", QUESTION);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistant_source where question_id = ? and sent_to_model = false",
                        Integer.class,
                        answer.questionId()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAnebyUserAskingTheSameGetsNoBasisAndTheGapIsListedForPlatformAdministrators() {
        actingAs.set(member(502, "aneby", Role.PROJECT_LEAD));

        Answer answer = assistant.ask(QUESTION);

        assertThat(answer.kind()).isEqualTo(Answer.Kind.NO_BASIS);
        assertThat(answer.sources()).isEmpty();

        actingAs.set(member(503, "hoglandsforbundet", Role.PLATFORM_ADMIN));
        assertThat(assistant.gaps(PageRequest.of(0, 50)).getContent())
                .filteredOn(gap -> gap.questionId() == answer.questionId())
                .singleElement()
                .satisfies(gap -> {
                    assertThat(gap.reason()).isEqualTo(Gap.Reason.NO_BASIS);
                    assertThat(gap.organisation()).isEqualTo("Aneby kommun");
                    assertThat(gap.question()).isEqualTo(QUESTION);
                });
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN))) {
            actingAs.set(member(504, "hoglandsforbundet", role));
            assertThatThrownBy(() -> assistant.gaps(PageRequest.of(0, 10)))
                    .as(role.name())
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void anEmptyOrOverlongQuestionIsRefusedAndNothingIsAudited() {
        actingAs.set(member(505, "vetlanda", Role.MEMBER));
        Integer before = jdbc.queryForObject("select count(*) from assistant_question", Integer.class);

        assertThatThrownBy(() -> assistant.ask("  "))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assistant.error.question");
        assertThatThrownBy(() -> assistant.ask("möte ".repeat(200)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assistant.error.tooLong");
        actingAs.anonymous();
        assertThatThrownBy(() -> assistant.ask("möte")).isInstanceOf(PermissionDeniedException.class);

        assertThat(jdbc.queryForObject("select count(*) from assistant_question", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void theAskerGivesFeedbackOnceAndAnUnhelpfulAnswerIsAGap() {
        actingAs.set(member(506, "vetlanda", Role.MEMBER));
        Answer answer = assistant.ask("chattbot för invånare");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.QUOTES);

        assertThatThrownBy(() -> assistant.feedback(answer.questionId(), new Feedback(null, "?")))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assistant.error.helpful");
        assertThatThrownBy(() -> assistant.feedback(answer.questionId(), new Feedback(false, "x".repeat(1001))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assistant.error.comment");
        actingAs.set(member(507, "vetlanda", Role.MEMBER));
        assertThatThrownBy(() -> assistant.feedback(answer.questionId(), new Feedback(true, null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistant_feedback where question_id = ?",
                        Integer.class,
                        answer.questionId()))
                .isZero();

        actingAs.set(member(506, "vetlanda", Role.MEMBER));
        assistant.feedback(answer.questionId(), new Feedback(false, "Svarade om fel kommun, ring 070-123 45 67"));
        assertThatThrownBy(() -> assistant.feedback(answer.questionId(), new Feedback(true, null)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("assistant.error.feedbackGiven");
        assertThat(jdbc.queryForMap(
                        "select helpful, comment from assistant_feedback where question_id = ?", answer.questionId()))
                .containsEntry("helpful", false)
                .containsEntry("comment", "Svarade om fel kommun, ring [telefon]");

        actingAs.set(member(508, "hoglandsforbundet", Role.PLATFORM_ADMIN));
        assertThat(assistant.gaps(PageRequest.of(0, 50)).getContent())
                .filteredOn(gap -> gap.questionId() == answer.questionId())
                .singleElement()
                .extracting(Gap::reason)
                .isEqualTo(Gap.Reason.NOT_HELPFUL);
    }

    @Test
    void questionsOlderThanTheRetentionPeriodAreRemovedWithTheirSourcesAndFeedback() {
        actingAs.set(member(509, "vetlanda", Role.MEMBER));
        Answer old = assistant.ask("fallsensorer på boendena");
        assistant.feedback(old.questionId(), new Feedback(true, null));
        Answer recent = assistant.ask("fallsensorer på boendena");
        jdbc.update(
                "update assistant_question set asked_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(366, ChronoUnit.DAYS)),
                old.questionId());

        retention.removeOldQuestions();

        assertThat(jdbc.queryForList(
                        "select id from assistant_question where id in (?, ?)",
                        Long.class,
                        old.questionId(),
                        recent.questionId()))
                .containsExactly(recent.questionId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistant_source where question_id = ?", Integer.class, old.questionId()))
                .isZero();
        assertThat(Set.of(recent.kind())).containsExactly(Answer.Kind.QUOTES);
    }
}
