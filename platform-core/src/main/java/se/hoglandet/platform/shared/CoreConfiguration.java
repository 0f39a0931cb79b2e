package se.hoglandet.platform.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the domain needs from its surroundings, with defaults that tests may replace. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /**
     * The platform's days are Swedish days: a "today" taken from this clock is the date in Sweden whatever zone the
     * server runs in (a UTC server is a day behind from midnight to 01:00 or 02:00 Swedish time).
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(SwedishTime.ZONE);
    }
}
