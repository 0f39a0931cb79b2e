package se.hoglandet.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.organisation.NewCompany;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationChange;
import se.hoglandet.platform.organisation.OrganisationService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.scheduling.EventResubmission;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.searchtest.SearchTestApplication;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.ElasticsearchTestServer;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * An Elasticsearch outage loses nothing: records change while the real server is stopped, the indexing events
 * stay incomplete in the outbox, and after the restart the resubmission brings the index up to date.
 */
@SpringBootTest(classes = SearchTestApplication.class)
// Both initializers in one place: a class-level @ContextConfiguration replaces the one inside @UsesMariaDb.
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class SearchOutageTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    SearchService search;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theIndexCatchesUpAfterTheEngineComesBack() throws Exception {
        long eksjo = new Organisations(jdbc).id("eksjo");
        actingAs.set(ActingAs.member(7, eksjo, "eksjo", Role.ORG_ADMIN));
        Organisation before = organisations.addCompany(new NewCompany(eksjo, "Avbrottsbolaget", null));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> titles("avbrottsbolaget").contains("Avbrottsbolaget"));
        Organisation doomed = organisations.addCompany(new NewCompany(eksjo, "Nedläggningsbolaget", null));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> titles("nedläggningsbolaget").contains("Nedläggningsbolaget"));

        ElasticsearchTestServer.get().stop();
        organisations.addCompany(new NewCompany(eksjo, "Under avbrottet AB", null));
        organisations.update(new OrganisationChange(before.id(), before.version(), "Avbrottsbolaget Nytt", null));
        Organisation doomedNow = organisations.findForIndexing(doomed.id()).orElseThrow();
        organisations.deactivate(doomed.id(), doomedNow.version());
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> pendingSearchEvents() == 3);

        ElasticsearchTestServer.get().start();
        resubmission.resubmitAllNow();

        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> pendingSearchEvents() == 0);
        assertThat(titles("avbrottet")).contains("Under avbrottet AB");
        assertThat(titles("avbrottsbolaget")).containsExactly("Avbrottsbolaget Nytt");
        assertThat(titles("nedläggningsbolaget")).isEmpty();
    }

    /** What the signed-in test actor finds (the actor is per thread: poll in this one). */
    private java.util.List<String> titles(String text) {
        try {
            return search.search(SearchQuery.of(text)).hits().stream()
                    .map(SearchResult.Hit::title)
                    .toList();
        } catch (RuntimeException engineDown) {
            return java.util.List.of();
        }
    }

    private long pendingSearchEvents() {
        return jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and LISTENER_ID like ?",
                Long.class,
                "%SearchIndexer%");
    }
}
