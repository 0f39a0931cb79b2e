package se.hoglandet.identitytest;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Core and identity together, in demo mode, on the test MariaDB; outside the application's scanned package. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("se.hoglandet.platform")
@EntityScan("se.hoglandet.platform")
@EnableJpaRepositories("se.hoglandet.platform")
@PropertySource("classpath:identitytest.properties")
public class IdentityTestApplication {}
