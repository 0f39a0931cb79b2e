package se.hoglandet.searchtest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import se.hoglandet.testsupport.ActingAs;

/** Core and search on the test MariaDB and a real Elasticsearch; outside the application's scanned package. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("se.hoglandet.platform")
@EntityScan("se.hoglandet.platform")
@EnableJpaRepositories("se.hoglandet.platform")
@PropertySource("classpath:searchtest.properties")
public class SearchTestApplication {

    @Bean
    ActingAs actingAs() {
        return new ActingAs();
    }
}
