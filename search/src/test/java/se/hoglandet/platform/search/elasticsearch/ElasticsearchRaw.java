package se.hoglandet.platform.search.elasticsearch;

import se.hoglandet.platform.search.benchmark.SearchBenchmark;

/** For the benchmark: the same query body the engine sends, without facets, highlights or the typed client. */
public final class ElasticsearchRaw {

    private ElasticsearchRaw() {}

    public static Object filtered(Object scoped) {
        SearchBenchmark.Scoped q = (SearchBenchmark.Scoped) scoped;
        return ElasticsearchSearchIndex.filtered(
                ElasticsearchSearchIndex.textQuery(q.query().text()),
                q.scope(),
                q.query().filters());
    }
}
