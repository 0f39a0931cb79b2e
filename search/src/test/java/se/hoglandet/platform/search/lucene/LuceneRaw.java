package se.hoglandet.platform.search.lucene;

import org.apache.lucene.search.Query;
import se.hoglandet.platform.search.benchmark.SearchBenchmark;

/** For the benchmark: the same visibility and facet filter the engine adds, around a raw Lucene query. */
public final class LuceneRaw {

    private LuceneRaw() {}

    public static Query filtered(Query text, Object scoped) {
        SearchBenchmark.Scoped q = (SearchBenchmark.Scoped) scoped;
        return LuceneSearchIndex.filtered(text, q.scope(), q.query().filters());
    }
}
