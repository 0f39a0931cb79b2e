package se.hoglandet.platform.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search configuration. Without an Elasticsearch URL the embedded Lucene index under the data directory is used.
 *
 * @param elasticsearchUrl  {@code PORTAL_ELASTICSEARCH_URL}, e.g. {@code http://elasticsearch:9200}
 * @param elasticsearchApiKey {@code PORTAL_ELASTICSEARCH_API_KEY} (optional)
 * @param elasticsearchUsername {@code PORTAL_ELASTICSEARCH_USERNAME} (optional, with the password)
 * @param elasticsearchPassword {@code PORTAL_ELASTICSEARCH_PASSWORD}
 * @param indexName         the alias searches go through ({@code PORTAL_SEARCH_INDEX}, default {@code portal})
 * @param reindexOnStart    rebuild the index from the database at start-up ({@code --portal.search.reindex-on-start})
 */
@ConfigurationProperties("portal.search")
public record SearchProperties(
        String elasticsearchUrl,
        String elasticsearchApiKey,
        String elasticsearchUsername,
        String elasticsearchPassword,
        String indexName,
        boolean reindexOnStart) {

    public SearchProperties {
        indexName = indexName == null || indexName.isBlank() ? "portal" : indexName;
    }

    public boolean usesElasticsearch() {
        return elasticsearchUrl != null && !elasticsearchUrl.isBlank();
    }
}
