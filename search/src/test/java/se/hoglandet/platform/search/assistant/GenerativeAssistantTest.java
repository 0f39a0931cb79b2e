package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.searchable.AssistantToolApprovals;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.DemoSearchContext;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;

/**
 * The generative mode against a stub OpenAI-compatible server (MockWebServer answering with recorded OpenAI-format
 * responses; no real model runs here): the assistant service of the demo context's index, register and audit, with
 * LangChain4j's OpenAI client pointed at the stub. Approvals of the assistant tool are decisions in the real register
 * table. What reaches the stub is read back from it.
 */
@DemoSearchContext
class GenerativeAssistantTest {

    @Autowired
    SearchIndex index;

    @Autowired
    AssistantToolApprovals approvals;

    @Autowired
    AssistantLog audit;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private MockWebServer stub;
    private AssistantService assistant;
    private Organisations organisations;

    @BeforeEach
    void stubModel() throws IOException {
        stub = new MockWebServer();
        stub.start();
        assistant = assistantWithTimeout(Duration.ofSeconds(5));
        organisations = new Organisations(jdbc);
    }

    private AssistantService assistantWithTimeout(Duration timeout) {
        AnswerModel model = new OpenAiAnswerModel(stub.url("/v1").toString(), "stub-model", "test-key", timeout);
        return new AssistantService(index, approvals, audit, actingAs, Optional.of(model), clock);
    }

    @AfterEach
    void stop() {
        stub.close();
        actingAs.anonymous();
        jdbc.update("delete from ai_tool_approval where tool_id = ?", toolId());
        index.delete("initiative", "contact-1");
    }

    @Test
    void aSharedEksjoRecordReadableByVetlandaNeverReachesTheModelUntilEksjoApprovesTheTool() throws Exception {
        approve("vetlanda");
        actingAs.set(ActingAs.member(601, organisations.id("vetlanda"), "vetlanda", Role.PROJECT_LEAD));

        Answer withoutEksjo = assistant.ask(AssistantTest.QUESTION);

        // Eksjö's transcription lesson (SHARED with Vetlanda) and initiative (PRIVATE, Vetlanda taking part) may not
        // leave: quotes from them, and the stub is never called.
        assertThat(stub.getRequestCount()).isZero();
        assertThat(withoutEksjo.kind()).isEqualTo(Answer.Kind.QUOTES);
        assertThat(withoutEksjo.note()).isEqualTo(Answer.Note.NOTHING_MAY_LEAVE);
        assertThat(withoutEksjo.sources())
                .extracting(Answer.Source::title)
                .contains("Transkribering av nämndsmöten: ljudet avgör kvaliteten");

        approve("eksjo");
        stub.enqueue(recorded("answer-citing-passages.json"));
        Answer withEksjo = assistant.ask(AssistantTest.QUESTION);

        RecordedRequest request = stub.takeRequest(5, TimeUnit.SECONDS);
        String sent = request.getBody().utf8();
        assertThat(sent).contains("ljudmiljön").contains("nämndsekreteraren").contains("stub-model");
        assertThat(withEksjo.kind()).isEqualTo(Answer.Kind.GENERATED);
        assertThat(withEksjo.aiGenerated()).isTrue();
        assertThat(withEksjo.generated()).contains("[1]").contains("[2]");
        assertThat(withEksjo.sources()).extracting(Answer.Source::number).startsWith(1, 2);
        assertThat(jdbc.queryForMap(
                        "select outcome, external_model from assistant_question where id = ?", withEksjo.questionId()))
                .containsEntry("outcome", "GENERATED")
                .containsEntry("external_model", true);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assistant_source where question_id = ? and sent_to_model = true",
                        Integer.class,
                        withEksjo.questionId()))
                .isEqualTo(withEksjo.sources().size());
    }

    @Test
    void theRequestHoldsOnlyPermittedPassagesWithPersonalDataMasked() throws Exception {
        approve("vetlanda");
        index.index(List.of(new SearchDocument(
                "initiative",
                "contact-1",
                organisations.id("nassjo"),
                Set.of(),
                Set.of(),
                Visibility.FEDERATION,
                "Växelns hänvisning för bygglovsfrågor",
                "Bygglovshandläggaren Anna Andersson (personnummer 19800101-1234) svarar på bygglovsfrågor på"
                        + " anna.andersson@nassjo.se eller 070-123 45 67.",
                Set.of(),
                Map.of(SearchDocument.ORGANISATION, "nassjo"),
                Instant.parse("2026-11-01T10:00:00Z"),
                "initiatives/contact-1")));
        actingAs.set(ActingAs.member(602, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        stub.enqueue(recorded("answer-citing-1.json"));

        Answer answer = assistant.ask("Vem svarar på bygglovsfrågor? Mitt nummer: 0701234567, mejl: mig@vetlanda.se");

        String sent = stub.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
        assertThat(sent)
                .contains("Bygglovshandläggaren Anna Andersson")
                .contains("[personnummer]", "[e-post]", "[telefon]")
                .doesNotContain("19800101-1234", "anna.andersson@nassjo.se", "070-123 45 67")
                .doesNotContain("0701234567", "mig@vetlanda.se");
        // Nothing PRIVATE or SHARED of others, and no record Vetlanda may not send: only FEDERATION/PUBLIC here.
        assertThat(sent).doesNotContain("ljudmiljön", "Prognoser för skolplacering");
        assertThat(answer.kind()).isEqualTo(Answer.Kind.GENERATED);
        assertThat(jdbc.queryForObject(
                        "select question from assistant_question where id = ?", String.class, answer.questionId()))
                .doesNotContain("0701234567", "mig@vetlanda.se");
    }

    @Test
    void anAnswerCitingAPassageItWasNotGivenOrCitingNothingIsNotShown() {
        approve("vetlanda");
        approve("eksjo");
        actingAs.set(ActingAs.member(603, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));

        stub.enqueue(recorded("answer-citing-7.json"));
        Answer citingSeven = assistant.ask(AssistantTest.QUESTION);
        stub.enqueue(recorded("answer-without-citation.json"));
        Answer citingNothing = assistant.ask(AssistantTest.QUESTION);

        assertThat(stub.getRequestCount()).isEqualTo(2);
        for (Answer answer : List.of(citingSeven, citingNothing)) {
            assertThat(answer.kind()).isEqualTo(Answer.Kind.QUOTES);
            assertThat(answer.generated()).isNull();
            assertThat(answer.note()).isEqualTo(Answer.Note.CITATIONS_INVALID);
            assertThat(answer.sources()).isNotEmpty();
            assertThat(jdbc.queryForObject(
                            "select external_model from assistant_question where id = ?",
                            Boolean.class,
                            answer.questionId()))
                    .isTrue();
        }
    }

    @Test
    void aModelThatDoesNotAnswerInTimeFallsBackToQuotes() {
        approve("vetlanda");
        approve("eksjo");
        assistant = assistantWithTimeout(Duration.ofMillis(500));
        actingAs.set(ActingAs.member(604, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        stub.enqueue(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .addHeader("Content-Type", "application/json")
                .body(body("answer-citing-passages.json"))
                .build());

        long start = System.nanoTime();
        Answer answer = assistant.ask(AssistantTest.QUESTION);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(answer.kind()).isEqualTo(Answer.Kind.QUOTES);
        assertThat(answer.note()).isEqualTo(Answer.Note.MODEL_UNAVAILABLE);
        assertThat(answer.sources()).extracting(Answer.Source::type).contains("lesson", "initiative");
    }

    @Test
    void anOrganisationWithoutTheApprovalNeverReachesTheModel() {
        approve("vetlanda");
        approve("eksjo");
        actingAs.set(ActingAs.member(605, organisations.id("aneby"), "aneby", Role.PROJECT_LEAD));

        Answer answer = assistant.ask("chattbot för invånare");

        assertThat(stub.getRequestCount()).isZero();
        assertThat(answer.kind()).isEqualTo(Answer.Kind.QUOTES);
        assertThat(answer.note()).isEqualTo(Answer.Note.NOT_APPROVED);
        assertThat(jdbc.queryForObject(
                        "select external_model from assistant_question where id = ?",
                        Boolean.class,
                        answer.questionId()))
                .isFalse();
    }

    private long toolId() {
        return jdbc.queryForObject(
                "select id from ai_tool where system_key = ?", Long.class, AssistantToolApprovals.TOOL_KEY);
    }

    /** The organisation's decision in the register: approved for public data, valid for a year. */
    private void approve(String organisation) {
        jdbc.update(
                "insert into ai_tool_approval (tool_id, organisation_id, approved, valid_until, decided_by_name,"
                        + " decided_at, version) values (?, ?, true, ?, 'Test', ?, 0)",
                toolId(),
                organisations.id(organisation),
                java.sql.Date.valueOf(java.time.LocalDate.now().plusYears(1)),
                java.sql.Timestamp.from(Instant.now()));
    }

    private static MockResponse recorded(String file) {
        return new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(body(file))
                .build();
    }

    private static String body(String file) {
        try (InputStream json = GenerativeAssistantTest.class.getResourceAsStream("/assistant/openai/" + file)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
