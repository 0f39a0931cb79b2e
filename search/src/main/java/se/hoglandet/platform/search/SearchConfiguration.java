package se.hoglandet.platform.search;

import co.elastic.clients.elasticsearch._types.Refresh;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.hoglandet.platform.search.elasticsearch.ElasticsearchSearchIndex;
import se.hoglandet.platform.search.lucene.LuceneSearchIndex;

/** Chooses the engine: Elasticsearch when a URL is configured, otherwise embedded Lucene under the data dir. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
public class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(SearchProperties properties, @Value("${portal.data-dir:./data}") Path dataDirectory) {
        if (properties.usesElasticsearch()) {
            log.info("Search: Elasticsearch at {}", properties.elasticsearchUrl());
            return new ElasticsearchSearchIndex(
                    ElasticsearchSearchIndex.client(
                            properties.elasticsearchUrl(),
                            properties.elasticsearchApiKey(),
                            properties.elasticsearchUsername(),
                            properties.elasticsearchPassword()),
                    properties.indexName(),
                    Refresh.WaitFor);
        }
        Path directory = dataDirectory.resolve("search");
        log.info("Search: embedded Lucene in {}", directory.toAbsolutePath());
        return new LuceneSearchIndex(directory);
    }

    /**
     * Rebuilds from the database at start-up when asked ({@code --portal.search.reindex-on-start=true}), when
     * the index is empty (a new installation, a new engine, a lost index) or when it was built in an older format
     * (e.g. before the passages and compound parts).
     */
    @Bean
    ApplicationRunner reindexOnStart(SearchProperties properties, SearchIndex index, SearchIndexer indexer) {
        return arguments -> {
            if (properties.reindexOnStart()
                    || index.outdated()
                    || index.countByType().isEmpty()) {
                log.info("Rebuilding the search index from the database");
                index.rebuild(indexer.everything());
            }
        };
    }
}
