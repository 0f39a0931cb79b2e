package se.hoglandet.platform.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;
import se.hoglandet.platform.search.PassageHit;
import se.hoglandet.platform.search.PassageQuery;
import se.hoglandet.platform.search.Passages;
import se.hoglandet.platform.search.QueryText;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchScope;
import se.hoglandet.platform.search.analysis.SwedishAnalysis;
import se.hoglandet.platform.visibility.Visibility;

/**
 * The embedded engine: Apache Lucene in the application's process, the index under the data directory. Swedish
 * analysis ({@link SwedishAnalysis}: hunspell over the committed dictionary, as Elasticsearch does) for title, text
 * and the compound parts; facets from doc values; the visibility truth table as a filter clause of every query.
 * Each record is one record document and its passages ({@link Passages}), told apart by a kind field. A rebuild
 * writes a new index generation and then switches the pointer file and the searcher in one step.
 */
public class LuceneSearchIndex implements SearchIndex {

    private static final String KEY = "key";
    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String TITLE_WORDS = "title_words";
    private static final String TEXT = "text";
    private static final String PARTS = "parts";
    /** The text and its parts an anonymous visitor's words may match (records only). */
    private static final String PUBLIC_TEXT = "public_text";

    private static final String PUBLIC_PARTS = "public_parts";
    private static final String KIND = "kind";
    private static final String RECORD = "record";
    private static final String PASSAGE = "passage";
    private static final String ORDINAL = "ordinal";
    private static final String CONFIDENTIAL = "confidential";
    /** Written beside the index: an index of an older format (analysis, fields) is rebuilt at start-up. */
    private static final String FORMAT_FILE = "format";

    private static final String FORMAT = "3";
    private static final String LINK = "link";
    private static final String DATE = "date";
    private static final String OWNER = "owner";
    private static final String PARTICIPANT = "participant";
    private static final String NAMED = "named";
    private static final String VISIBILITY = "visibility";
    private static final String FILTER_PREFIX = "f_";
    private static final String POINTER = "current";
    private static final int FACET_VALUES = 50;

    private final Path baseDirectory;
    private final Analyzer analyzer =
            new PerFieldAnalyzerWrapper(SwedishAnalysis.get().text(), Map.of(TITLE_WORDS, new StandardAnalyzer()));
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Object writeLock = new Object();
    private volatile Generation generation;

    /** An index directory with its writer and searchers; replaced as a whole by a rebuild. */
    private record Generation(String name, FSDirectory directory, IndexWriter writer, SearcherManager searchers) {

        void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    public LuceneSearchIndex(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
        facetsConfig.setMultiValued(SearchDocument.TAGS, true);
        try {
            Files.createDirectories(baseDirectory);
            Path pointer = baseDirectory.resolve(POINTER);
            String name =
                    Files.exists(pointer) ? Files.readString(pointer).strip() : "index-" + System.currentTimeMillis();
            if (!Files.exists(pointer)) {
                Files.writeString(baseDirectory.resolve(FORMAT_FILE), FORMAT);
            }
            generation = open(name);
            Files.writeString(pointer, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index in " + baseDirectory, e);
        }
    }

    @Override
    public String engine() {
        return "Apache Lucene " + org.apache.lucene.util.Version.LATEST;
    }

    @Override
    public boolean outdated() {
        try {
            Path format = baseDirectory.resolve(FORMAT_FILE);
            return !Files.exists(format)
                    || !FORMAT.equals(Files.readString(format).strip());
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        synchronized (writeLock) {
            try {
                for (SearchDocument document : documents) {
                    write(generation.writer(), document);
                }
                generation.writer().commit();
                generation.searchers().maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void delete(String type, String id) {
        synchronized (writeLock) {
            try {
                generation.writer().deleteDocuments(new Term(KEY, type + ":" + id), new Term(RECORD, type + ":" + id));
                generation.writer().commit();
                generation.searchers().maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public SearchResult search(SearchQuery query, SearchScope scope) {
        Generation current = generation;
        IndexSearcher searcher = acquire(current);
        try {
            Query textQuery = textQuery(query.text());
            Query filtered = filtered(textQuery, scope, query.filters(), RECORD);
            int total = searcher.count(filtered);
            int wanted = Math.max(1, (query.page() + 1) * query.size());
            FacetsCollectorManager.FacetsResult result = query.order() == SearchQuery.Order.NEWEST
                    ? FacetsCollectorManager.search(
                            searcher,
                            filtered,
                            wanted,
                            new Sort(new SortField(DATE, SortField.Type.LONG, true)),
                            new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, filtered, wanted, new FacetsCollectorManager());
            List<SearchResult.Hit> hits = hits(searcher, result.topDocs(), query, textQuery);
            return new SearchResult(total, hits, facets(searcher, result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(current, searcher);
        }
    }

    @Override
    public List<String> matchingIds(String type, String text, SearchScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Generation current = generation;
        IndexSearcher searcher = acquire(current);
        try {
            Query query = filtered(
                    textQuery(text.strip(), scope.isAnonymous()),
                    scope,
                    Map.of(SearchDocument.TYPE, Set.of(type)),
                    RECORD);
            TopDocs top = searcher.search(query, Math.max(1, limit));
            StoredFields stored = searcher.storedFields();
            Set<String> onlyId = Set.of(ID);
            List<String> ids = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(stored.document(hit.doc, onlyId).get(ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(current, searcher);
        }
    }

    @Override
    public List<SearchResult.Suggestion> suggest(String typed, SearchScope scope, int limit) {
        List<String> words = words(typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder titles = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            titles.add(new TermQuery(new Term(TITLE_WORDS, words.get(i))), Occur.MUST);
        }
        titles.add(new PrefixQuery(new Term(TITLE_WORDS, words.getLast())), Occur.MUST);
        Generation current = generation;
        IndexSearcher searcher = acquire(current);
        try {
            TopDocs top = searcher.search(filtered(titles.build(), scope, Map.of(), RECORD), limit);
            StoredFields stored = searcher.storedFields();
            List<SearchResult.Suggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                suggestions.add(new SearchResult.Suggestion(
                        doc.get(FILTER_PREFIX + SearchDocument.TYPE), doc.get(ID), doc.get(TITLE), doc.get(LINK)));
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(current, searcher);
        }
    }

    @Override
    public Map<String, Long> countByType() {
        Generation current = generation;
        IndexSearcher searcher = acquire(current);
        try {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
                    searcher, new TermQuery(new Term(KIND, RECORD)), 1, new FacetsCollectorManager());
            Map<String, Long> counts = new LinkedHashMap<>();
            facets(searcher, result)
                    .getOrDefault(SearchDocument.TYPE, List.of())
                    .forEach(count -> counts.put(count.value(), count.count()));
            return counts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(current, searcher);
        }
    }

    @Override
    public void rebuild(Stream<SearchDocument> all) {
        synchronized (writeLock) {
            Generation old = generation;
            Generation fresh = null;
            try {
                fresh = open("index-" + System.currentTimeMillis());
                Generation target = fresh;
                all.forEach(document -> {
                    try {
                        write(target.writer(), document);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                fresh.writer().commit();
                fresh.searchers().maybeRefreshBlocking();
                Files.writeString(baseDirectory.resolve(POINTER), fresh.name());
                Files.writeString(baseDirectory.resolve(FORMAT_FILE), FORMAT);
                generation = fresh;
            } catch (IOException | RuntimeException e) {
                if (fresh != null) {
                    closeQuietly(fresh);
                    deleteQuietly(baseDirectory.resolve(fresh.name()));
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            closeQuietly(old);
            deleteQuietly(baseDirectory.resolve(old.name()));
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            closeQuietly(generation);
        }
    }

    private Generation open(String name) throws IOException {
        FSDirectory directory = FSDirectory.open(baseDirectory.resolve(name));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        return new Generation(name, directory, writer, new SearcherManager(writer, null));
    }

    /** The record and its passages, replacing whatever the index held for the record. */
    private void write(IndexWriter writer, SearchDocument document) throws IOException {
        writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
        writer.deleteDocuments(new Term(RECORD, document.key()));
        List<Document> passages = new ArrayList<>();
        for (Passages.Passage passage : Passages.of(document)) {
            passages.add(passage(document, passage));
        }
        writer.addDocuments(passages);
    }

    private Document toLucene(SearchDocument document) {
        Document doc = common(document, document.key(), RECORD, document.text());
        doc.add(new TextField(TITLE_WORDS, document.title(), Field.Store.NO));
        doc.add(new TextField(PUBLIC_TEXT, document.searchableByAnyone(), Field.Store.NO));
        doc.add(new TextField(
                PUBLIC_PARTS, QueryText.partsOf(document.title(), document.searchableByAnyone()), Field.Store.NO));
        addFacet(doc, SearchDocument.TYPE, document.type());
        document.facets().forEach((facet, value) -> addFacet(doc, facet, value));
        document.tags().forEach(tag -> addFacet(doc, SearchDocument.TAGS, tag));
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A passage: searched like a record, with the record's visibility, but no facets to count. */
    private Document passage(SearchDocument document, Passages.Passage passage) {
        Document doc = common(document, document.key() + "#" + passage.ordinal(), PASSAGE, passage.text());
        doc.add(new StringField(RECORD, document.key(), Field.Store.NO));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        doc.add(new StringField(CONFIDENTIAL, String.valueOf(document.confidential()), Field.Store.NO));
        doc.add(new StringField(FILTER_PREFIX + SearchDocument.TYPE, document.type(), Field.Store.YES));
        String organisation = document.facets().get(SearchDocument.ORGANISATION);
        if (organisation != null) {
            doc.add(new StringField(FILTER_PREFIX + SearchDocument.ORGANISATION, organisation, Field.Store.YES));
        }
        return doc;
    }

    /** What records and passages share: key, kind, title, text and its compound parts, link, date, visibility. */
    private static Document common(SearchDocument document, String key, String kind, String text) {
        Document doc = new Document();
        doc.add(new StringField(KEY, key, Field.Store.YES));
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StoredField(ID, document.id()));
        doc.add(new TextField(TITLE, document.title(), Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        doc.add(new TextField(PARTS, QueryText.partsOf(document.title(), text), Field.Store.NO));
        if (document.link() != null) {
            doc.add(new StoredField(LINK, document.link()));
        }
        long date = document.date() == null ? 0 : document.date().toEpochMilli();
        doc.add(new NumericDocValuesField(DATE, date));
        doc.add(new StoredField(DATE, date));
        doc.add(new StringField(OWNER, String.valueOf(document.ownerOrganisationId()), Field.Store.NO));
        document.participatingOrganisationIds()
                .forEach(id -> doc.add(new StringField(PARTICIPANT, String.valueOf(id), Field.Store.NO)));
        document.namedOrganisationIds()
                .forEach(id -> doc.add(new StringField(NAMED, String.valueOf(id), Field.Store.NO)));
        doc.add(new StringField(VISIBILITY, document.visibility().name(), Field.Store.NO));
        return doc;
    }

    private static void addFacet(Document doc, String facet, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(FILTER_PREFIX + facet, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(facet, value));
    }

    /**
     * The text in title (twice the weight) and text, its words and their compound parts in the parts field (half the
     * weight), and the organisation the text names; a match in any of them counts (Elasticsearch: the same).
     */
    Query textQuery(String text) {
        return textQuery(text, false);
    }

    /** As {@link #textQuery(String)}, over the public text and its parts instead when {@code publicOnly}. */
    Query textQuery(String text, boolean publicOnly) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        String textField = publicOnly ? PUBLIC_TEXT : TEXT;
        String partsField = publicOnly ? PUBLIC_PARTS : PARTS;
        QueryText query = QueryText.of(text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query parsed = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, textField, 1f)).parse(text);
        if (parsed != null) {
            any.add(parsed, Occur.SHOULD);
        }
        BooleanQuery.Builder parts = new BooleanQuery.Builder();
        for (List<String> clause : query.partClauses()) {
            BooleanQuery.Builder allWords = new BooleanQuery.Builder();
            for (String word : clause) {
                // One word, any of its stems (Elasticsearch's match on one word: the same).
                BooleanQuery.Builder anyStem = new BooleanQuery.Builder();
                SwedishAnalysis.get()
                        .terms(word)
                        .forEach(term -> anyStem.add(new TermQuery(new Term(partsField, term)), Occur.SHOULD));
                allWords.add(anyStem.build(), Occur.MUST);
            }
            parts.add(allWords.build(), Occur.SHOULD);
        }
        any.add(new BoostQuery(parts.build(), 0.5f), Occur.SHOULD);
        BooleanQuery.Builder organisations = new BooleanQuery.Builder();
        query.organisationCodes()
                .forEach(code -> organisations.add(
                        new TermQuery(new Term(FILTER_PREFIX + SearchDocument.ORGANISATION, code)), Occur.SHOULD));
        any.add(new BoostQuery(new ConstantScoreQuery(organisations.build()), 1f), Occur.SHOULD);
        return any.build();
    }

    @Override
    public List<PassageHit> passages(PassageQuery query) {
        if (query.text().isBlank()) {
            return List.of();
        }
        Generation current = generation;
        IndexSearcher searcher = acquire(current);
        try {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .add(filtered(textQuery(query.text()), query.scope(), Map.of(), PASSAGE), Occur.MUST);
            if (query.isLeaving()) {
                builder.add(mayLeave(query.leavingApprovedBy()), Occur.FILTER);
            }
            TopDocs top = searcher.search(builder.build(), query.size());
            StoredFields stored = searcher.storedFields();
            List<PassageHit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                hits.add(new PassageHit(
                        doc.get(FILTER_PREFIX + SearchDocument.TYPE),
                        doc.get(ID),
                        doc.getField(ORDINAL).numericValue().intValue(),
                        doc.get(TITLE),
                        doc.get(TEXT),
                        doc.get(LINK),
                        doc.get(FILTER_PREFIX + SearchDocument.ORGANISATION)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(current, searcher);
        }
    }

    /** Passages that may leave the platform: never confidential; PUBLIC or FEDERATION, or an approving owner's. */
    private static Query mayLeave(Set<Long> approvingOwners) {
        BooleanQuery.Builder owners = new BooleanQuery.Builder()
                .add(visibilityIn(Set.of(Visibility.FEDERATION, Visibility.PUBLIC)), Occur.SHOULD);
        approvingOwners.forEach(
                owner -> owners.add(new TermQuery(new Term(OWNER, String.valueOf(owner))), Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CONFIDENTIAL, "false")), Occur.FILTER)
                .add(owners.setMinimumNumberShouldMatch(1).build(), Occur.FILTER)
                .build();
    }

    /** The query over records, narrowed as {@link #filtered(Query, SearchScope, Map, String)} says. */
    static Query filtered(Query query, SearchScope scope, Map<String, Set<String>> filters) {
        return filtered(query, scope, filters, RECORD);
    }

    /**
     * The query, narrowed to one kind of document (records or passages), to what the scope may read
     * (ARCHITECTURE.md's truth table) and to the facet choices.
     */
    static Query filtered(Query query, SearchScope scope, Map<String, Set<String>> filters, String kind) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        builder.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        builder.add(readableBy(scope), Occur.FILTER);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
                values.forEach(value -> anyOf.add(new TermQuery(new Term(FILTER_PREFIX + facet, value)), Occur.SHOULD));
                builder.add(anyOf.build(), Occur.FILTER);
            }
        });
        return builder.build();
    }

    private static Query readableBy(SearchScope scope) {
        if (scope.isAnonymous()) {
            return visibilityIn(Set.of(Visibility.PUBLIC));
        }
        String organisation = String.valueOf(scope.organisationId());
        BooleanQuery.Builder named = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(NAMED, organisation)), Occur.MUST)
                .add(visibilityIn(Set.of(Visibility.SHARED, Visibility.FEDERATION, Visibility.PUBLIC)), Occur.MUST);
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(OWNER, organisation)), Occur.SHOULD)
                .add(new TermQuery(new Term(PARTICIPANT, organisation)), Occur.SHOULD)
                .add(named.build(), Occur.SHOULD)
                .add(visibilityIn(Set.of(Visibility.FEDERATION, Visibility.PUBLIC)), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    private static Query visibilityIn(Set<Visibility> visibilities) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        visibilities.forEach(v -> any.add(new TermQuery(new Term(VISIBILITY, v.name())), Occur.SHOULD));
        return any.build();
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, TopDocs top, SearchQuery query, Query textQuery)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), new QueryScorer(textQuery));
        highlighter.setTextFragmenter(new SimpleFragmenter(160));
        List<SearchResult.Hit> hits = new ArrayList<>();
        int from = query.page() * query.size();
        for (int i = from; i < top.scoreDocs.length && hits.size() < query.size(); i++) {
            Document doc = stored.document(top.scoreDocs[i].doc);
            String text = doc.get(TEXT);
            hits.add(new SearchResult.Hit(
                    doc.get(FILTER_PREFIX + SearchDocument.TYPE),
                    doc.get(ID),
                    doc.get(TITLE),
                    snippet(highlighter, text),
                    doc.get(LINK),
                    Instant.ofEpochMilli(doc.getField(DATE).numericValue().longValue())));
        }
        return hits;
    }

    private String snippet(Highlighter highlighter, String text) {
        try {
            String best = highlighter.getBestFragment(analyzer, TEXT, text);
            if (best != null) {
                return best;
            }
        } catch (IOException | org.apache.lucene.search.highlight.InvalidTokenOffsetsException e) {
            // fall through to the plain start of the text
        }
        String start = text.length() <= 160 ? text : text.substring(0, 160) + "…";
        return new SimpleHTMLEncoder().encodeText(start);
    }

    private Map<String, List<SearchResult.FacetCount>> facets(
            IndexSearcher searcher, FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        if (searcher.getIndexReader().numDocs() == 0) {
            return facets;
        }
        Facets counts;
        try {
            counts = new SortedSetDocValuesFacetCounts(
                    new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig),
                    result.facetsCollector());
        } catch (IllegalArgumentException noFacetsYet) {
            return facets;
        }
        for (String facet : List.of(
                SearchDocument.TYPE,
                SearchDocument.ORGANISATION,
                SearchDocument.LEVEL,
                SearchDocument.STATUS,
                SearchDocument.TAGS)) {
            try {
                FacetResult top = counts.getTopChildren(FACET_VALUES, facet);
                if (top != null) {
                    List<SearchResult.FacetCount> values = new ArrayList<>();
                    for (LabelAndValue value : top.labelValues) {
                        values.add(new SearchResult.FacetCount(value.label, value.value.longValue()));
                    }
                    values.sort(Comparator.comparingLong(SearchResult.FacetCount::count)
                            .reversed()
                            .thenComparing(SearchResult.FacetCount::value));
                    facets.put(facet, values);
                }
            } catch (IllegalArgumentException notIndexed) {
                // no document has this facet yet
            }
        }
        return facets;
    }

    private List<String> words(String typed) {
        List<String> words = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return words;
        }
        try (TokenStream tokens = analyzer.tokenStream(TITLE_WORDS, typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static IndexSearcher acquire(Generation generation) {
        try {
            return generation.searchers().acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(Generation generation, IndexSearcher searcher) {
        try {
            generation.searchers().release(searcher);
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            // the generation was replaced by a rebuild meanwhile; its readers close with it
        }
    }

    private static void closeQuietly(Generation generation) {
        try {
            generation.close();
        } catch (IOException | RuntimeException ignored) {
            // closing an index that is being replaced
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a left-over directory is harmless
        }
    }
}
