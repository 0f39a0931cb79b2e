package se.hoglandet.platform.search.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeDetails;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.PublicField;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.searchtest.SearchTestApplication;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * Initiatives and lessons reach the real Elasticsearch through the events: a Swedish word form finds them, the
 * facets count them, and an organisation outside the circle does not see a shared initiative.
 */
@SpringBootTest(classes = SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class InitiativeSearchTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    LessonService lessons;

    @Autowired
    SearchService search;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aSharedInitiativeAndItsLessonAreFoundByASwedishWordFormInsideTheCircleOnly() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "kod" + UUID.randomUUID().toString().substring(0, 6);
        actingAs.set(ActingAs.member(1, organisations.id("eksjo"), "eksjo", Role.PROJECT_LEAD));
        Initiative initiative = initiatives.create(
                InitiativeDetails.of(
                        "Gemensam upphandling av tolktjänst " + marker, "Sammanfattning", Area.ADMINISTRATION),
                new InitiativeSharing(
                        Visibility.PRIVATE, Set.of(organisations.id("vetlanda")), Set.of(), PublicField.defaults()),
                CollaborationLevel.JOINT_DEVELOPMENT);
        lessons.write(
                initiative.id(),
                new LessonDraft(
                        "Lärdomar från upphandlingen " + marker,
                        "Vi provade",
                        null,
                        null,
                        null,
                        LessonCategory.PROCUREMENT,
                        Set.of(),
                        Visibility.PRIVATE,
                        Set.of()));

        actingAs.set(ActingAs.member(2, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> search.search(SearchQuery.of("upphandlingar " + marker)
                                        .withFilter(SearchDocument.TYPE, "initiative"))
                                .total()
                        >= 1);
        SearchResult result =
                search.search(SearchQuery.of("upphandlingar " + marker).withFilter(SearchDocument.TYPE, "initiative"));
        assertThat(result.hits()).extracting(SearchResult.Hit::link).containsExactly("initiatives/" + initiative.id());
        assertThat(result.facets().get(SearchDocument.LEVEL))
                .extracting(SearchResult.FacetCount::value)
                .contains("3");
        assertThat(result.facets().get(SearchDocument.STATUS))
                .extracting(SearchResult.FacetCount::value)
                .contains("IDEA");

        // The lesson is the author's organisation's, PRIVATE: Vetlanda does not see it; Eksjö does.
        assertThat(titles(SearchQuery.of(marker).withFilter(SearchDocument.TYPE, "lesson")))
                .isEmpty();
        actingAs.set(ActingAs.member(3, organisations.id("eksjo"), "eksjo", Role.MEMBER));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> titles(SearchQuery.of(marker).withFilter(SearchDocument.TYPE, "lesson"))
                                .size()
                        == 1);

        actingAs.set(ActingAs.member(4, organisations.id("aneby"), "aneby", Role.MEMBER));
        assertThat(titles(SearchQuery.of(marker))).isEmpty();
    }

    private List<String> titles(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchResult.Hit::title).toList();
    }
}
