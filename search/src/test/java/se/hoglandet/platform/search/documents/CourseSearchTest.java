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
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * The academy's catalogue is searched through the real Elasticsearch: a course written by the federation is found by
 * another word form of its description, by any signed-in employee of any organisation, and filtered by type.
 */
@SpringBootTest(classes = se.hoglandet.searchtest.SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class CourseSearchTest {

    @Autowired
    CourseService courses;

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
    void aCourseIsFoundByItsDescriptionInSwedishByEveryOrganisation() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "kurs" + UUID.randomUUID().toString().substring(0, 6);
        actingAs.set(
                ActingAs.member(21, organisations.id("hoglandsforbundet"), "hoglandsforbundet", Role.ACADEMY_ADMIN));
        Course course = courses.create(new CourseDraft(
                "Promptteknik " + marker,
                "Vi övar på att skriva sammanfattningar av protokoll med generativ AI " + marker,
                CourseTopic.COPILOT,
                CourseFormat.WORKSHOP,
                Set.of(),
                Set.of(),
                false,
                null,
                CollaborationLevel.SHARED_COMPETENCE));

        actingAs.set(ActingAs.member(22, organisations.id("aneby"), "aneby", Role.MEMBER));
        SearchQuery query = SearchQuery.of("sammanfattning " + marker).withFilter(SearchDocument.TYPE, "course");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !links(query).isEmpty());
        assertThat(links(query)).containsExactly("academy/courses/" + course.id());
        assertThat(links(SearchQuery.of(marker).withFilter(SearchDocument.TYPE, "initiative")))
                .isEmpty();
    }

    private List<String> links(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchResult.Hit::link).toList();
    }
}
