package se.hoglandet.platform.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import se.hoglandet.platform.search.SearchIndex;
import se.hoglandet.platform.search.SearchIndexContract;
import se.hoglandet.testsupport.ElasticsearchTestServer;

/** The contract on a real Elasticsearch 9.5.3, a fresh index (behind its own alias) per test. */
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    private static ElasticsearchClient client;
    private ElasticsearchSearchIndex index;
    private String alias;

    @Override
    protected SearchIndex index() {
        return index;
    }

    @Override
    protected void emptyTheIndex() {
        if (client == null) {
            client = ElasticsearchSearchIndex.client(
                    ElasticsearchTestServer.get().url(), null, null, null);
        }
        alias = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        index = new ElasticsearchSearchIndex(client, alias, Refresh.True);
    }

    @AfterEach
    void dropIndex() throws IOException {
        for (String name :
                client.indices().getAlias(g -> g.name(alias)).aliases().keySet()) {
            client.indices().delete(d -> d.index(name));
        }
    }
}
