package se.hoglandet.coretest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import se.hoglandet.testsupport.ActingAs;

/**
 * The core's test application: the domain alone, on the test MariaDB, with the test's {@link ActingAs} as the
 * current actor. Kept outside {@code se.hoglandet.platform} so that the real application never scans it.
 */
@SpringBootConfiguration
@PropertySource("classpath:coretest.properties")
@EnableAutoConfiguration
@ComponentScan({"se.hoglandet.platform", "se.hoglandet.coretest"})
@EntityScan({"se.hoglandet.platform", "se.hoglandet.coretest"})
@EnableJpaRepositories({"se.hoglandet.platform", "se.hoglandet.coretest"})
public class CoreTestApplication {

    @Bean
    ActingAs actingAs() {
        return new ActingAs();
    }
}
