package se.hoglandet.platform.search.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.DemoSearchContext;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;

/**
 * Nothing leaks through the assistant: one record of each visibility, owned by Eksjö, with Vetlanda participating
 * and Sävsjö named, all answering the same question; the question asked by every role of every organisation of the
 * truth table (taken as data, as the other visibility tests do). Sources, quotes and links come only from the
 * records the asker may read.
 */
@DemoSearchContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistantLeakTest {

    private static final String MARKER = "zqxläckprov";

    @Autowired
    AssistantService assistant;

    @Autowired
    SearchIndex index;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    private Map<String, Long> organisations;

    @BeforeAll
    void recordsOfEveryVisibility() {
        Organisations codes = new Organisations(jdbc);
        organisations = Map.of(
                "owner", codes.id("eksjo"),
                "participating", codes.id("vetlanda"),
                "named", codes.id("savsjo"),
                "other", codes.id("aneby"),
                "company_of_owner", codes.id("eksjobostader"),
                "federation_staff", codes.id("hoglandsforbundet"),
                "platform_admin", codes.id("hoglandsforbundet"));
        List<SearchDocument> records = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            records.add(new SearchDocument(
                    "initiative",
                    "leak-" + visibility,
                    organisations.get("owner"),
                    Set.of(organisations.get("participating")),
                    Set.of(organisations.get("named")),
                    visibility,
                    "Pilot " + visibility,
                    "Den här " + MARKER + "-piloten är " + visibility + " och får bara läsas enligt sanningstabellen.\n"
                            + "Ett andra stycke om " + MARKER + " och protokoll.",
                    Set.of(),
                    Map.of(SearchDocument.ORGANISATION, "eksjo"),
                    Instant.parse("2026-11-01T10:00:00Z"),
                    "initiatives/leak-" + visibility));
        }
        index.index(records);
    }

    @AfterAll
    void removeThem() {
        Arrays.stream(Visibility.values()).forEach(v -> index.delete("initiative", "leak-" + v));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0} record, {1} asks: answered from it {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void theAnswerComesOnlyFromRecordsTheAskerMayRead(Visibility visibility, String who, boolean mayRead) {
        if ("anonymous".equals(who)) {
            assertThatThrownBy(() -> assistant.ask(MARKER + " pilot")).isInstanceOf(PermissionDeniedException.class);
            return;
        }
        for (Role role : Role.values()) {
            actingAs.set(new Actor(900L, "Läcktest", organisations.get(who), who, Set.of(role)));

            Answer answer = assistant.ask("Berätta om " + MARKER);

            List<String> links =
                    answer.sources().stream().map(Answer.Source::link).toList();
            assertThat(links)
                    .as(role + " of " + who)
                    .allSatisfy(link -> assertThat(link).startsWith("initiatives/leak-"));
            assertThat(links.contains("initiatives/leak-" + visibility))
                    .as(role + " of " + who)
                    .isEqualTo(mayRead);
            String quoted = answer.sources().stream()
                    .filter(s -> !s.link().equals("initiatives/leak-" + visibility))
                    .flatMap(s -> s.quotes().stream())
                    .map(Answer.Quote::html)
                    .reduce("", String::concat);
            String own = answer.sources().stream()
                    .filter(s -> s.link().equals("initiatives/leak-" + visibility))
                    .flatMap(s -> s.quotes().stream())
                    .map(Answer.Quote::html)
                    .reduce("", String::concat);
            assertThat(own.contains(" " + visibility + " "))
                    .as("quote of the " + visibility + " record")
                    .isEqualTo(mayRead);
            for (Visibility other : Visibility.values()) {
                boolean readsOther = reads(other, who);
                if (!readsOther) {
                    assertThat(quoted + own)
                            .as(role + " of " + who + " reads no quote of " + other)
                            .doesNotContain(" " + other + " ");
                }
            }
        }
    }

    /** The truth table again, for the other records of the same question (read from the same data file). */
    private static boolean reads(Visibility visibility, String who) {
        return TruthTable.ROWS.get(visibility + "," + who);
    }
}
