package se.hoglandet.platform.ui.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.search.SearchIndex;

/** Actuator health of the search engine: up when it answers, with its documents per type. */
@Component("search")
class SearchHealthIndicator implements HealthIndicator {

    private final SearchIndex index;

    SearchHealthIndicator(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            return Health.up()
                    .withDetail("engine", index.engine())
                    .withDetail("documents", index.countByType())
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
