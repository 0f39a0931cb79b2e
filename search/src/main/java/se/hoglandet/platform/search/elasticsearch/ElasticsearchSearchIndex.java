package se.hoglandet.platform.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import se.hoglandet.platform.search.PassageHit;
import se.hoglandet.platform.search.PassageQuery;
import se.hoglandet.platform.search.Passages;
import se.hoglandet.platform.search.QueryText;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchScope;
import se.hoglandet.platform.visibility.Visibility;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production engine: Elasticsearch 9.5 through the official Java client. Documents live in an index behind an
 * alias; a rebuild fills a new index and moves the alias in one atomic step. Swedish analysis is hunspell
 * {@code sv_SE} (see {@code search/elasticsearch-index.json}, the one settings file for tests and production) over
 * the dictionary the embedded engine reads too; compound parts come from the search module's Java
 * ({@link QueryText}) into a field of their own. Each record is a record document and its passages, told apart by
 * a kind field. Only features of the server core are used (no search_as_you_type, n-grams, _reindex,
 * _delete_by_query or scripts).
 */
public class ElasticsearchSearchIndex implements SearchIndex {

    private static final String SETTINGS = "/search/elasticsearch-index.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 500;
    private static final String RECORD = "record";
    private static final String PASSAGE = "passage";
    /** The mapping's {@code _meta.format}: an index of another format is rebuilt at start-up. */
    private static final String FORMAT = "3";

    private static final List<String> FACETS = List.of(
            SearchDocument.TYPE,
            SearchDocument.ORGANISATION,
            SearchDocument.LEVEL,
            SearchDocument.STATUS,
            SearchDocument.TAGS);

    private final ElasticsearchClient client;
    private final String alias;
    private final Refresh refresh;

    /**
     * @param refresh {@link Refresh#WaitFor} in production (a change is searchable when the call returns, without
     *                forcing refreshes); tests may use {@link Refresh#True}
     */
    public ElasticsearchSearchIndex(ElasticsearchClient client, String alias, Refresh refresh) {
        this.client = client;
        this.alias = alias;
        this.refresh = refresh;
        ensureIndex();
    }

    public static ElasticsearchClient client(String url, String apiKey, String username, String password) {
        return ElasticsearchClient.of(config -> {
            config.host(url).jsonMapper(new Jackson3JsonpMapper());
            if (apiKey != null && !apiKey.isBlank()) {
                config.apiKey(apiKey);
            } else if (username != null && !username.isBlank()) {
                config.usernameAndPassword(username, password);
            }
            return config;
        });
    }

    @Override
    public String engine() {
        try {
            var health = client.cluster().health();
            return "Elasticsearch (" + health.clusterName() + ", "
                    + health.status().jsonValue() + ")";
        } catch (IOException | RuntimeException e) {
            return "Elasticsearch (unreachable)";
        }
    }

    @Override
    public boolean outdated() {
        try {
            return client.indices().getMapping(g -> g.index(alias)).mappings().values().stream()
                    .anyMatch(index -> index.mappings().meta() == null
                            || !index.mappings().meta().containsKey("format")
                            || !FORMAT.equals(
                                    index.mappings().meta().get("format").to(String.class)));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        bulk(
                alias,
                documents,
                passagesOf(documents.stream().map(SearchDocument::key).toList()),
                refresh);
    }

    @Override
    public void delete(String type, String id) {
        String key = type + ":" + id;
        List<BulkOperation> operations = new ArrayList<>();
        operations.add(BulkOperation.of(o -> o.delete(d -> d.id(key))));
        passagesOf(List.of(key)).forEach(old -> operations.add(BulkOperation.of(o -> o.delete(d -> d.id(old)))));
        send(alias, operations, refresh);
    }

    /** The ids of the passages the index holds for these records (without _delete_by_query, which is a module). */
    private Set<String> passagesOf(List<String> recordKeys) {
        Map<String, Object> body = Map.of(
                "query",
                Map.of(
                        "bool",
                        Map.of(
                                "filter",
                                List.of(
                                        Map.of("term", Map.of("kind", PASSAGE)),
                                        Map.of("terms", Map.of("record", recordKeys))))),
                "size",
                10_000,
                "_source",
                false);
        Set<String> ids = new java.util.HashSet<>();
        execute(body).hits().hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }

    @Override
    public SearchResult search(SearchQuery query, SearchScope scope) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", filtered(textQuery(query.text()), scope, query.filters(), RECORD));
        body.put("from", query.page() * query.size());
        body.put("size", query.size());
        body.put("track_total_hits", true);
        if (query.order() == SearchQuery.Order.NEWEST) {
            body.put("sort", List.of(Map.of("date", Map.of("order", "desc"))));
        }
        body.put(
                "highlight",
                Map.of(
                        "pre_tags", List.of("<mark>"),
                        "post_tags", List.of("</mark>"),
                        "encoder", "html",
                        "fields",
                                Map.of(
                                        "text",
                                        Map.of("fragment_size", 160, "number_of_fragments", 1, "no_match_size", 160))));
        Map<String, Object> aggregations = new LinkedHashMap<>();
        FACETS.forEach(facet -> aggregations.put(facet, Map.of("terms", Map.of("field", facet, "size", 50))));
        body.put("aggs", aggregations);

        SearchResponse<Map> response = execute(body);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map<?, ?> source = hit.source();
            List<String> fragments = hit.highlight().get("text");
            String snippet = fragments == null || fragments.isEmpty() ? "" : fragments.getFirst();
            hits.add(new SearchResult.Hit(
                    (String) source.get("type"),
                    (String) source.get("id"),
                    (String) source.get("title"),
                    snippet,
                    (String) source.get("link"),
                    Instant.ofEpochMilli(((Number) source.get("date")).longValue())));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(facet -> {
            Aggregate aggregate = response.aggregations().get(facet);
            List<SearchResult.FacetCount> values = new ArrayList<>();
            aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(bucket ->
                            values.add(new SearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount())));
            if (!values.isEmpty()) {
                facets.put(facet, values);
            }
        });
        return new SearchResult(response.hits().total().value(), hits, facets);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<String> matchingIds(String type, String text, SearchScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "query",
                filtered(
                        textQuery(text.strip(), scope.isAnonymous()),
                        scope,
                        Map.of(SearchDocument.TYPE, Set.of(type)),
                        RECORD));
        body.put("size", Math.max(1, limit));
        body.put("_source", List.of("id"));
        body.put("track_total_hits", false);
        List<String> ids = new ArrayList<>();
        for (Hit<Map> hit : execute(body).hits().hits()) {
            ids.add((String) hit.source().get("id"));
        }
        return ids;
    }

    @Override
    public List<SearchResult.Suggestion> suggest(String typed, SearchScope scope, int limit) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Object> must = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            must.add(Map.of("term", Map.of("title.words", words.get(i))));
        }
        must.add(Map.of("prefix", Map.of("title.words", words.getLast())));
        Map<String, Object> body = Map.of(
                "query", filtered(Map.of("bool", Map.of("must", must)), scope, Map.of(), RECORD),
                "size", limit,
                "_source", List.of("type", "id", "title", "link"));
        List<SearchResult.Suggestion> suggestions = new ArrayList<>();
        for (Hit<Map> hit : execute(body).hits().hits()) {
            Map<?, ?> source = hit.source();
            suggestions.add(new SearchResult.Suggestion(
                    (String) source.get("type"), (String) source.get("id"), (String) source.get("title"), (String)
                            source.get("link")));
        }
        return suggestions;
    }

    @Override
    public Map<String, Long> countByType() {
        Map<String, Object> body = Map.of(
                "size",
                0,
                "query",
                Map.of("term", Map.of("kind", RECORD)),
                "aggs",
                Map.of("types", Map.of("terms", Map.of("field", "type", "size", 100))));
        Map<String, Long> counts = new LinkedHashMap<>();
        execute(body)
                .aggregations()
                .get("types")
                .sterms()
                .buckets()
                .array()
                .forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return counts;
    }

    @Override
    public void rebuild(Stream<SearchDocument> all) {
        try {
            Set<String> previous = Set.copyOf(
                    client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
            String fresh = createIndex(false);
            List<SearchDocument> batch = new ArrayList<>(BATCH);
            Iterator<SearchDocument> documents = all.iterator();
            while (documents.hasNext()) {
                batch.add(documents.next());
                if (batch.size() == BATCH) {
                    bulk(fresh, batch, Set.of(), Refresh.False);
                    batch.clear();
                }
            }
            bulk(fresh, batch, Set.of(), Refresh.False);
            client.indices().refresh(r -> r.index(fresh));
            // One atomic alias update: searches see the old index until this call, the new one after it.
            client.indices().updateAliases(update -> {
                previous.forEach(
                        old -> update.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                return update.actions(a -> a.add(add -> add.index(fresh).alias(alias)));
            });
            for (String old : previous) {
                client.indices().delete(d -> d.index(old));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            client._transport().close();
        } catch (IOException ignored) {
            // shutting down
        }
    }

    private void ensureIndex() {
        try {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                createIndex(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch is not reachable", e);
        }
    }

    private String createIndex(boolean withAlias) throws IOException {
        String name = alias + "-" + System.currentTimeMillis();
        try (InputStream settings = getClass().getResourceAsStream(SETTINGS)) {
            client.indices().create(c -> {
                c.index(name).withJson(settings);
                return withAlias ? c.aliases(alias, a -> a) : c;
            });
        }
        return name;
    }

    /** Indexes the records and their passages, and deletes the passages they no longer have. */
    private void bulk(
            String index, Collection<SearchDocument> documents, Set<String> oldPassages, Refresh refreshPolicy) {
        if (documents.isEmpty()) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>();
        Set<String> stale = new java.util.HashSet<>(oldPassages);
        for (SearchDocument document : documents) {
            operations.add(
                    BulkOperation.of(o -> o.index(i -> i.id(document.key()).document(toJson(document)))));
            for (Passages.Passage passage : Passages.of(document)) {
                String id = document.key() + "#" + passage.ordinal();
                stale.remove(id);
                operations.add(BulkOperation.of(o -> o.index(i -> i.id(id).document(toJson(document, passage)))));
            }
        }
        stale.forEach(id -> operations.add(BulkOperation.of(o -> o.delete(d -> d.id(id)))));
        send(index, operations, refreshPolicy);
    }

    private void send(String index, List<BulkOperation> operations, Refresh refreshPolicy) {
        try {
            BulkResponse response = client.bulk(
                    BulkRequest.of(b -> b.index(index).refresh(refreshPolicy).operations(operations)));
            if (response.errors()) {
                String reason = response.items().stream()
                        .filter(item -> item.error() != null)
                        // Deleting what is already gone is no failure (a record deleted twice).
                        .filter(item -> !"not_found".equals(item.result()))
                        .map(item -> item.id() + ": " + item.error().reason())
                        .findFirst()
                        .orElse("unknown");
                throw new IllegalStateException("Elasticsearch refused documents, e.g. " + reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("rawtypes")
    private SearchResponse<Map> execute(Object body) {
        try {
            String json = JSON.writeValueAsString(body);
            return client.search(SearchRequest.of(s -> s.index(alias).withJson(new StringReader(json))), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> toJson(SearchDocument document) {
        Map<String, Object> json = common(document, RECORD, document.text());
        json.put("public_text", document.searchableByAnyone());
        json.put("public_parts", QueryText.partsOf(document.title(), document.searchableByAnyone()));
        json.put("tags", List.copyOf(document.tags()));
        document.facets().forEach(json::put);
        return json;
    }

    /** A passage: searched like a record, with the record's visibility, but counted under no facet. */
    private static Map<String, Object> toJson(SearchDocument document, Passages.Passage passage) {
        Map<String, Object> json = common(document, PASSAGE, passage.text());
        json.put("record", document.key());
        json.put("ordinal", passage.ordinal());
        json.put("confidential", document.confidential());
        String organisation = document.facets().get(SearchDocument.ORGANISATION);
        if (organisation != null) {
            json.put(SearchDocument.ORGANISATION, organisation);
        }
        return json;
    }

    /** What records and passages share: kind, type, id, visibility, title, text and its compound parts, date, link. */
    private static Map<String, Object> common(SearchDocument document, String kind, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", kind);
        json.put("type", document.type());
        json.put("id", document.id());
        json.put("owner", String.valueOf(document.ownerOrganisationId()));
        json.put(
                "participants",
                document.participatingOrganisationIds().stream()
                        .map(String::valueOf)
                        .toList());
        json.put(
                "named",
                document.namedOrganisationIds().stream().map(String::valueOf).toList());
        json.put("visibility", document.visibility().name());
        json.put("title", document.title());
        json.put("text", text);
        json.put("parts", QueryText.partsOf(document.title(), text));
        json.put("date", document.date() == null ? 0 : document.date().toEpochMilli());
        json.put("link", document.link());
        return json;
    }

    /**
     * The text in title (twice the weight) and text, its words and their compound parts in the parts field (half the
     * weight), and the organisation the text names; a match in any of them counts (Lucene: the same).
     */
    static Object textQuery(String text) {
        return textQuery(text, false);
    }

    /** As {@link #textQuery(String)}, over the public text and its parts instead when {@code publicOnly}. */
    static Object textQuery(String text, boolean publicOnly) {
        if (text.isBlank()) {
            return Map.of("match_all", Map.of());
        }
        String textField = publicOnly ? "public_text" : "text";
        String partsField = publicOnly ? "public_parts" : "parts";
        QueryText query = QueryText.of(text);
        return Map.of(
                "bool",
                Map.of(
                        "should",
                        List.of(
                                Map.of(
                                        "simple_query_string",
                                        Map.of(
                                                "query",
                                                text,
                                                "fields",
                                                List.of("title^2", textField),
                                                "default_operator",
                                                "or")),
                                partsQuery(query, partsField),
                                Map.of(
                                        "constant_score",
                                        Map.of(
                                                "filter",
                                                Map.of(
                                                        "terms",
                                                        Map.of(
                                                                SearchDocument.ORGANISATION,
                                                                List.copyOf(query.organisationCodes()))),
                                                "boost",
                                                1))),
                        "minimum_should_match",
                        1));
    }

    /** Each clause's words all in the parts field, one word by any of its stems (Lucene: the same). */
    private static Object partsQuery(QueryText query, String partsField) {
        List<Object> clauses = query.partClauses().stream()
                .<Object>map(clause -> Map.of(
                        "bool",
                        Map.of(
                                "must",
                                clause.stream()
                                        .<Object>map(word -> Map.of("match", Map.of(partsField, word)))
                                        .toList())))
                .toList();
        return Map.of("bool", Map.of("should", clauses, "minimum_should_match", 1, "boost", 0.5));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List<PassageHit> passages(PassageQuery query) {
        if (query.text().isBlank()) {
            return List.of();
        }
        Map<String, Object> filteredQuery = filtered(textQuery(query.text()), query.scope(), Map.of(), PASSAGE);
        Object body = Map.of(
                "query",
                query.isLeaving()
                        ? Map.of("bool", Map.of("must", List.of(filteredQuery), "filter", List.of(mayLeave(query))))
                        : filteredQuery,
                "size",
                query.size(),
                "_source",
                List.of("type", "id", "ordinal", "title", "text", "link", SearchDocument.ORGANISATION));
        List<PassageHit> hits = new ArrayList<>();
        for (Hit<Map> hit : execute(body).hits().hits()) {
            Map<?, ?> source = hit.source();
            hits.add(new PassageHit(
                    (String) source.get("type"),
                    (String) source.get("id"),
                    ((Number) source.get("ordinal")).intValue(),
                    (String) source.get("title"),
                    (String) source.get("text"),
                    (String) source.get("link"),
                    (String) source.get(SearchDocument.ORGANISATION)));
        }
        return hits;
    }

    /** Passages that may leave the platform: never confidential; PUBLIC or FEDERATION, or an approving owner's. */
    private static Object mayLeave(PassageQuery query) {
        List<Object> may = new ArrayList<>();
        may.add(Map.of("terms", Map.of("visibility", List.of("FEDERATION", "PUBLIC"))));
        if (!query.leavingApprovedBy().isEmpty()) {
            may.add(Map.of(
                    "terms",
                    Map.of(
                            "owner",
                            query.leavingApprovedBy().stream()
                                    .map(String::valueOf)
                                    .toList())));
        }
        return Map.of(
                "bool",
                Map.of(
                        "filter",
                        List.of(Map.of("term", Map.of("confidential", false))),
                        "should",
                        may,
                        "minimum_should_match",
                        1));
    }

    /** The query over records, narrowed as {@link #filtered(Object, SearchScope, Map, String)} says. */
    static Map<String, Object> filtered(Object query, SearchScope scope, Map<String, Set<String>> filters) {
        return filtered(query, scope, filters, RECORD);
    }

    /**
     * The query, narrowed to one kind of document (records or passages), to what the scope may read
     * (ARCHITECTURE.md's truth table) and to the facet choices.
     */
    static Map<String, Object> filtered(
            Object query, SearchScope scope, Map<String, Set<String>> filters, String kind) {
        List<Object> filter = new ArrayList<>();
        filter.add(Map.of("term", Map.of("kind", kind)));
        filter.add(readableBy(scope));
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                filter.add(Map.of("terms", Map.of(facet, List.copyOf(values))));
            }
        });
        return Map.of("bool", Map.of("must", List.of(query), "filter", filter));
    }

    private static Object readableBy(SearchScope scope) {
        if (scope.isAnonymous()) {
            return Map.of("term", Map.of("visibility", Visibility.PUBLIC.name()));
        }
        String organisation = String.valueOf(scope.organisationId());
        return Map.of(
                "bool",
                Map.of(
                        "should",
                        List.of(
                                Map.of("term", Map.of("owner", organisation)),
                                Map.of("term", Map.of("participants", organisation)),
                                Map.of(
                                        "bool",
                                        Map.of(
                                                "filter",
                                                List.of(
                                                        Map.of("term", Map.of("named", organisation)),
                                                        Map.of(
                                                                "terms",
                                                                Map.of(
                                                                        "visibility",
                                                                        List.of("SHARED", "FEDERATION", "PUBLIC")))))),
                                Map.of("terms", Map.of("visibility", List.of("FEDERATION", "PUBLIC")))),
                        "minimum_should_match",
                        1));
    }

    /** Lower-cased words as the "words" analyzer makes them (standard tokenizer + lowercase). */
    private static List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null) {
            return words;
        }
        for (String word : typed.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isBlank()) {
                words.add(word);
            }
        }
        return words;
    }
}
