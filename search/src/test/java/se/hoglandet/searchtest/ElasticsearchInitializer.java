package se.hoglandet.searchtest;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import se.hoglandet.testsupport.ElasticsearchTestServer;

/** Points the application's search at the test Elasticsearch, with an index of its own. */
public class ElasticsearchInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "portal.search.elasticsearch-url="
                                + ElasticsearchTestServer.get().url(),
                        "portal.search.index-name=app-"
                                + UUID.randomUUID().toString().substring(0, 8))
                .applyTo(context);
    }
}
