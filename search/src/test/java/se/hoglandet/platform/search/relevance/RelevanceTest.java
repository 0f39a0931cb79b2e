package se.hoglandet.platform.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.platform.search.PassageQuery;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchScope;
import se.hoglandet.platform.search.elasticsearch.ElasticsearchSearchIndex;
import se.hoglandet.platform.search.lucene.LuceneSearchIndex;
import se.hoglandet.platform.searchable.SearchableRecords;
import se.hoglandet.platform.shared.RecordTypes;
import se.hoglandet.searchtest.DemoSearchContext;
import se.hoglandet.testsupport.ElasticsearchTestServer;
import se.hoglandet.testsupport.Organisations;

/**
 * The relevance set over the demo data on both engines: the demo records as the application describes them,
 * indexed into a fresh embedded Lucene and a fresh index on the test Elasticsearch, each question asked as a
 * Vetlanda user, through search (records) and through the assistant's passages (their records, in order). Fails
 * below recall@5 0.8 or MRR 0.6; prints the figures per engine (also in target/relevance-results.txt).
 */
@DemoSearchContext
class RelevanceTest {

    private static final double MIN_RECALL_AT_5 = 0.8;
    private static final double MIN_MRR = 0.6;
    private static final List<String> REPORT = new ArrayList<>();

    private static LuceneSearchIndex lucene;
    private static Path luceneDirectory;
    private static ElasticsearchSearchIndex elasticsearch;
    private static ElasticsearchClient client;
    private static String alias;

    @Autowired
    RecordTypes recordTypes;

    @Autowired
    JdbcTemplate jdbc;

    private final RelevanceSet set = RelevanceSet.load();

    @BeforeAll
    static void engines() throws IOException {
        luceneDirectory = Files.createTempDirectory("relevance-lucene");
        lucene = new LuceneSearchIndex(luceneDirectory);
        client = ElasticsearchSearchIndex.client(ElasticsearchTestServer.get().url(), null, null, null);
        alias = "relevance-" + UUID.randomUUID().toString().substring(0, 8);
        elasticsearch = new ElasticsearchSearchIndex(client, alias, Refresh.True);
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
        for (String name :
                client.indices().getAlias(g -> g.name(alias)).aliases().keySet()) {
            client.indices().delete(d -> d.index(name));
        }
        Files.writeString(Path.of("target/relevance-results.txt"), String.join("\n", REPORT) + "\n");
    }

    @Test
    void theSetHasAtLeastFortyQuestionsEachWithAnAnswer() {
        assertThat(set.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.questions()).allSatisfy(q -> assertThat(q.expected()).isNotEmpty());
    }

    @Test
    void embeddedLucene() {
        measure(lucene);
    }

    @Test
    void elasticsearch() {
        measure(elasticsearch);
    }

    private void measure(SearchIndex index) {
        List<SearchDocument> demo = recordTypes.all(SearchableRecords.class).stream()
                .flatMap(SearchableRecords::all)
                .map(SearchDocument::of)
                .toList();
        index.rebuild(demo.stream());
        SearchScope vetlanda = new SearchScope(new Organisations(jdbc).id("vetlanda"));
        List<String> titles = demo.stream().map(d -> d.type() + ":" + d.title()).toList();
        assertThat(set.questions())
                .as("every expected record is in the demo data")
                .allSatisfy(q -> assertThat(titles).containsAll(q.expected()));

        RelevanceSet.Figures search =
                set.measure(question -> index.search(SearchQuery.of(question).page(0, 10), vetlanda).hits().stream()
                        .map(hit -> hit.type() + ":" + hit.title())
                        .toList());
        RelevanceSet.Figures passages =
                set.measure(question -> index.passages(PassageQuery.reading(question, vetlanda, 30)).stream()
                        .map(hit -> hit.type() + ":" + hit.title())
                        .toList());
        report(index, "search", search);
        report(index, "passages", passages);

        assertThat(search.recallAt5())
                .as("search recall@5, misses: " + search.misses())
                .isGreaterThanOrEqualTo(MIN_RECALL_AT_5);
        assertThat(search.meanReciprocalRank()).as("search MRR").isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(passages.recallAt5())
                .as("passages recall@5, misses: " + passages.misses())
                .isGreaterThanOrEqualTo(MIN_RECALL_AT_5);
        assertThat(passages.meanReciprocalRank()).as("passages MRR").isGreaterThanOrEqualTo(MIN_MRR);
    }

    private void report(SearchIndex index, String how, RelevanceSet.Figures figures) {
        String line = String.format(
                Locale.ROOT,
                "Relevance %-9s %-40s %d questions: recall@5 %.3f, MRR %.3f",
                how,
                index.engine(),
                set.questions().size(),
                figures.recallAt5(),
                figures.meanReciprocalRank());
        System.out.println(line);
        figures.misses().forEach(miss -> System.out.println("  missed: " + miss));
        REPORT.add(line);
    }
}
