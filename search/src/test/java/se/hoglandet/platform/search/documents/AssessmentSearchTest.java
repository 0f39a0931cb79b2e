package se.hoglandet.platform.search.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplate;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * Assessments reach the real Elasticsearch through their events: their answers are found by a Swedish word form,
 * and a secret assessment shared with Vetlanda is found by Vetlanda only, never by another municipality.
 */
@SpringBootTest(classes = se.hoglandet.searchtest.SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class AssessmentSearchTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

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
    void aSecretAssessmentSharedWithVetlandaIsFoundByItsAnswersInVetlandaOnly() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "kod" + UUID.randomUUID().toString().substring(0, 6);
        actingAs.set(ActingAs.member(11, organisations.id("eksjo"), "eksjo", Role.DPO));
        Long dpia = templates.catalogue().stream()
                .filter(t -> t.templateKey().equals("dpia"))
                .map(AssessmentTemplate::id)
                .findFirst()
                .orElseThrow();
        Assessment secret = assessments.create(
                dpia,
                AssessmentDraft.titled("DPIA tolktjänst " + marker, null, Set.of())
                        .withAnswers(
                                Map.of("processing", "Samtal med invånare under upphandlingen av tolkning " + marker))
                        .withSharing(true, Visibility.SHARED, Set.of(organisations.id("vetlanda"))));

        actingAs.set(ActingAs.member(12, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !links(
                                SearchQuery.of("upphandlingar " + marker).withFilter(SearchDocument.TYPE, "assessment"))
                        .isEmpty());
        assertThat(links(SearchQuery.of("upphandlingar " + marker).withFilter(SearchDocument.TYPE, "assessment")))
                .containsExactly("assessments/" + secret.id());

        actingAs.set(ActingAs.member(13, organisations.id("aneby"), "aneby", Role.LAWYER));
        assertThat(links(SearchQuery.of(marker))).isEmpty();
    }

    private List<String> links(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchResult.Hit::link).toList();
    }
}
