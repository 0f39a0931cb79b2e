package se.hoglandet.platform.search.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.guideline.ClauseDraft;
import se.hoglandet.platform.guideline.ClauseKind;
import se.hoglandet.platform.guideline.DecisionDraft;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.GuidelineContentService;
import se.hoglandet.platform.guideline.GuidelineDraft;
import se.hoglandet.platform.guideline.GuidelineService;
import se.hoglandet.platform.guideline.SectionDraft;
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
 * Guideline clauses reach the real Elasticsearch through their events, with the version's visibility: a draft
 * shared with Vetlanda is found by a Swedish word form of its clause in Vetlanda only, never in Aneby; once
 * published (a public document) Aneby finds it too.
 */
@SpringBootTest(classes = se.hoglandet.searchtest.SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class GuidelineSearchTest {

    @Autowired
    GuidelineService guidelines;

    @Autowired
    GuidelineContentService content;

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
    void aDraftSharedWithVetlandaIsFoundByItsClausesInVetlandaOnlyUntilItIsPublished() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "kod" + UUID.randomUUID().toString().substring(0, 6);
        String owner = "riktlinje-" + marker;
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " values (?, ?, 'MUNICIPALITY', null, true, false, 0)",
                owner,
                "Riktlinjekommun " + marker);
        Long ownerId = organisations.id(owner);
        actingAs.set(ActingAs.member(21, ownerId, owner, Role.ORG_ADMIN));
        Guideline created = guidelines.create(new GuidelineDraft(
                "Riktlinje " + marker, null, Visibility.SHARED, Set.of(organisations.id("vetlanda")), Set.of()));
        Guideline sectioned = content.addSection(created.id(), created.version(), new SectionDraft("Inköp"));
        Guideline draft = content.addClause(
                sectioned.id(),
                sectioned.version(),
                new ClauseDraft(
                        sectioned.sections().getFirst().key(),
                        ClauseKind.RULE,
                        Set.of("approved-tools"),
                        null,
                        "Upphandling av AI-tjänster samordnas med förbundet " + marker + "."));

        actingAs.set(ActingAs.member(22, organisations.id("vetlanda"), "vetlanda", Role.MEMBER));
        SearchQuery byWordForm =
                SearchQuery.of("upphandlingar " + marker).withFilter(SearchDocument.TYPE, GuidelineService.RECORD_TYPE);
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !links(byWordForm).isEmpty());
        assertThat(links(byWordForm)).containsExactly("guidelines/" + draft.id());

        actingAs.set(ActingAs.member(23, organisations.id("aneby"), "aneby", Role.ORG_ADMIN));
        assertThat(links(SearchQuery.of(marker)))
                .as("a shared draft is not Aneby's to find")
                .isEmpty();

        actingAs.set(ActingAs.member(21, ownerId, owner, Role.ORG_ADMIN));
        Guideline submitted = guidelines.submit(draft.id(), draft.version());
        Guideline decided = guidelines.decide(
                submitted.id(),
                submitted.version(),
                new DecisionDraft("Kommunstyrelsen", LocalDate.now().minusDays(1), null, null));
        guidelines.publish(decided.id(), decided.version());

        actingAs.set(ActingAs.member(23, organisations.id("aneby"), "aneby", Role.ORG_ADMIN));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> links(SearchQuery.of(marker)).contains("guidelines/" + draft.id()));
    }

    private List<String> links(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchResult.Hit::link).toList();
    }
}
