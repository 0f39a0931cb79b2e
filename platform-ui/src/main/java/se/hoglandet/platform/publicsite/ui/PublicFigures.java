package se.hoglandet.platform.publicsite.ui;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.hoglandet.platform.initiative.InitiativeChanged;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.PublicCounts;

/**
 * The register's figures (per organisation, per risk group), counted at most once a minute and again after any
 * initiative changes: they change rarely, and counting them on every page view would be two scans of the register
 * per visitor.
 */
@Component
class PublicFigures {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Snapshot(PublicCounts counts, long countedAt) {}

    private final InitiativeService initiatives;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    PublicFigures(InitiativeService initiatives) {
        this.initiatives = initiatives;
    }

    /** After the change is committed, so that the next count sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void initiativeChanged(InitiativeChanged changed) {
        latest.set(null);
    }

    PublicCounts current() {
        Snapshot snapshot = latest.get();
        long now = System.nanoTime();
        if (snapshot == null || now - snapshot.countedAt() > FRESH_FOR.toNanos()) {
            snapshot = new Snapshot(initiatives.publicCounts(), now);
            latest.set(snapshot);
        }
        return snapshot.counts();
    }
}
