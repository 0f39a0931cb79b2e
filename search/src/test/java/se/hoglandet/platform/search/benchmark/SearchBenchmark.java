package se.hoglandet.platform.search.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchScope;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;
import se.hoglandet.platform.search.assistant.Quoting;
import se.hoglandet.platform.search.elasticsearch.ElasticsearchRaw;
import se.hoglandet.platform.search.elasticsearch.ElasticsearchSearchIndex;
import se.hoglandet.platform.search.lucene.LuceneRaw;
import se.hoglandet.platform.search.lucene.LuceneSearchIndex;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ElasticsearchTestServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search benchmark, not a test: {@code ./mvnw -Pbenchmark -pl search -am verify}. For each engine: index 100 000
 * generated Swedish documents in batches (documents per second; each is also one passage, so 100 000 passages),
 * then run a fixed query mix with warm-up and measure the portal's search call (query, visibility filter, facets,
 * highlights, paging) at p50/p95, the raw engine query for the same text and visibility filter (no facets,
 * highlights or mapping) for the ratio, and the assistant's embedded answer (passages the scope reads, judged,
 * grouped and marked: {@link Quoting#answer}) at p50/p95 against the goal of 150 ms at p95.
 * Results go to stdout and {@code target/benchmark-results.txt}.
 */
public final class SearchBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("benchmark.documents", 100_000);
    private static final int BATCH = 1_000;
    private static final int WARM_UP = 300;
    private static final int MEASURED = 1_000;
    private static final String[] WORDS = ("upphandling upphandlingar kommun kommunernas lärdom lärdomar pilot "
                    + "piloter chattbot taltjänst äldreomsorg skola bygglov socialtjänst dataskydd konsekvensanalys "
                    + "förvaltning medborgare tjänst tjänster digitalisering samverkan förbund utbildning kompetens "
                    + "ramavtal leverantör analys effekt mål uppföljning riktlinje juridik säkerhet")
            .split(" ");
    /** Questions as people put them to the assistant, over the same vocabulary. */
    private static final List<String> QUESTIONS = List.of(
            "Hur gick upphandlingen av chattbot för kommunernas tjänster?",
            "Vilka lärdomar finns om dataskydd och konsekvensanalys?",
            "Hur har andra gjort med uppföljning av effekt i äldreomsorgen?",
            "Vad säger riktlinjen om säkerhet och juridik?",
            "Finns det ramavtal med en leverantör för taltjänst?");

    private static final double ANSWER_GOAL_P95_MS = 150;

    private static final List<String> QUERIES = List.of(
            "upphandlingar",
            "kommunernas lärdomar",
            "chattbot",
            "äldreomsorg pilot",
            "dataskydd konsekvensanalys",
            "ramavtal leverantör",
            "skola",
            "bygglov tjänster",
            "samverkan förbund",
            "effekt uppföljning");

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<SearchDocument> documents = generate(DOCUMENTS);
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Search benchmark, %d documents, %d measured queries after %d warm-up," + " %d cores, %s%n",
                DOCUMENTS,
                MEASURED,
                WARM_UP,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version()));

        Path luceneDirectory = Files.createTempDirectory("lucene-benchmark");
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(luceneDirectory)) {
            double docsPerSecond = indexAll(lucene, documents);
            Path generation = Files.list(luceneDirectory)
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElseThrow();
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SimpleQueryParser parser =
                        new SimpleQueryParser(SwedishAnalysis.get().text(), Map.of("title", 2f, "text", 1f));
                report.append(measureAnswers(lucene));
                report.append(measure(lucene.engine(), docsPerSecond, lucene, query -> {
                    try {
                        Query parsed = parser.parse(query.text());
                        searcher.search(LuceneRaw.filtered(parsed, query), 10);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
        }

        ElasticsearchTestServer server = ElasticsearchTestServer.get();
        ElasticsearchClient client = ElasticsearchSearchIndex.client(server.url(), null, null, null);
        try (ElasticsearchSearchIndex elasticsearch =
                new ElasticsearchSearchIndex(client, "benchmark", Refresh.False)) {
            double docsPerSecond = indexAll(elasticsearch, documents);
            client.indices().refresh(r -> r.index("benchmark"));
            report.append(measureAnswers(elasticsearch));
            HttpClient http = HttpClient.newHttpClient();
            JsonMapper json = JsonMapper.builder().build();
            report.append(measure(elasticsearch.engine(), docsPerSecond, elasticsearch, query -> {
                try {
                    String body =
                            json.writeValueAsString(Map.of("size", 10, "query", ElasticsearchRaw.filtered(query)));
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(URI.create(server.url() + "/benchmark/_search"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.body());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        server.stop();
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark-results.txt"), report.toString());
    }

    /** The query mix: each text as seen by a municipality's user, with and without a facet, and anonymously. */
    static List<Scoped> mix() {
        List<Scoped> mix = new ArrayList<>();
        for (String text : QUERIES) {
            mix.add(new Scoped(SearchQuery.of(text), new SearchScope(3L)));
            mix.add(new Scoped(SearchQuery.of(text).withFilter(SearchDocument.STATUS, "PILOT"), new SearchScope(5L)));
            mix.add(new Scoped(SearchQuery.of(text), SearchScope.anonymous()));
        }
        return mix;
    }

    public record Scoped(SearchQuery query, SearchScope scope) {

        String text() {
            return query.text();
        }
    }

    private static double indexAll(SearchIndex index, List<SearchDocument> documents) {
        long start = System.nanoTime();
        for (int from = 0; from < documents.size(); from += BATCH) {
            index.index(documents.subList(from, Math.min(from + BATCH, documents.size())));
        }
        return documents.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String measure(String engine, double docsPerSecond, SearchIndex index, Consumer<Scoped> raw) {
        List<Scoped> mix = mix();
        for (int i = 0; i < WARM_UP; i++) {
            Scoped q = mix.get(i % mix.size());
            index.search(q.query(), q.scope());
            raw.accept(q);
        }
        long[] portal = new long[MEASURED];
        long[] engineOnly = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Scoped q = mix.get(i % mix.size());
            long start = System.nanoTime();
            index.search(q.query(), q.scope());
            portal[i] = System.nanoTime() - start;
            start = System.nanoTime();
            raw.accept(q);
            engineOnly[i] = System.nanoTime() - start;
        }
        Arrays.sort(portal);
        Arrays.sort(engineOnly);
        double p50 = ms(portal[MEASURED / 2]);
        double p95 = ms(portal[(int) (MEASURED * 0.95)]);
        double rawP50 = ms(engineOnly[MEASURED / 2]);
        double rawP95 = ms(engineOnly[(int) (MEASURED * 0.95)]);
        return String.format(
                Locale.ROOT,
                "%-40s indexing %8.0f docs/s | portal search p50 %6.2f ms p95 %6.2f ms"
                        + " | raw engine p50 %6.2f ms p95 %6.2f ms | ratio p50 %4.2f p95 %4.2f%n",
                engine,
                docsPerSecond,
                p50,
                p95,
                rawP50,
                rawP95,
                p50 / rawP50,
                p95 / rawP95);
    }

    /** The assistant's quoted answer, as a municipality's user asks, at p50/p95. */
    private static String measureAnswers(SearchIndex index) {
        List<SearchScope> scopes = List.of(new SearchScope(3L), new SearchScope(5L));
        for (int i = 0; i < WARM_UP; i++) {
            Quoting.answer(index, QUESTIONS.get(i % QUESTIONS.size()), scopes.get(i % scopes.size()));
        }
        long[] answers = new long[MEASURED];
        int answered = 0;
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            answered += Quoting.answer(index, QUESTIONS.get(i % QUESTIONS.size()), scopes.get(i % scopes.size()))
                            .isEmpty()
                    ? 0
                    : 1;
            answers[i] = System.nanoTime() - start;
        }
        Arrays.sort(answers);
        double p95 = ms(answers[(int) (MEASURED * 0.95)]);
        return String.format(
                Locale.ROOT,
                "%-40s assistant answer (quotes) at %d passages: p50 %6.2f ms p95 %6.2f ms (goal p95 <= %.0f ms: %s),"
                        + " %d of %d answered%n",
                index.engine(),
                DOCUMENTS,
                ms(answers[MEASURED / 2]),
                p95,
                ANSWER_GOAL_P95_MS,
                p95 <= ANSWER_GOAL_P95_MS ? "met" : "MISSED",
                answered,
                MEASURED);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static List<SearchDocument> generate(int count) {
        Random random = new Random(42);
        Visibility[] visibilities = Visibility.values();
        String[] organisations = {"hoglandsforbundet", "aneby", "eksjo", "nassjo", "savsjo", "vetlanda"};
        String[] statuses = {"IDEA", "PLANNED", "PILOT", "PRODUCTION", "ENDED"};
        List<SearchDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int owner = 1 + random.nextInt(6);
            documents.add(new SearchDocument(
                    i % 3 == 0 ? "lesson" : "initiative",
                    String.valueOf(i),
                    (long) owner,
                    Set.of((long) 1 + random.nextInt(6)),
                    Set.of((long) 1 + random.nextInt(6)),
                    visibilities[random.nextInt(visibilities.length)],
                    sentence(random, 4),
                    sentence(random, 60),
                    Set.of(WORDS[random.nextInt(WORDS.length)]),
                    Map.of(
                            SearchDocument.ORGANISATION,
                            organisations[owner - 1],
                            SearchDocument.LEVEL,
                            String.valueOf(1 + random.nextInt(4)),
                            SearchDocument.STATUS,
                            statuses[random.nextInt(statuses.length)]),
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(random.nextInt(60_000_000)),
                    "initiatives/" + i));
        }
        return documents;
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
