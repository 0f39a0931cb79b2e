package se.hoglandet.platform.publicsite.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import se.hoglandet.platform.guideline.Guideline;
import se.hoglandet.platform.guideline.PublicGuidelineService;
import se.hoglandet.platform.shared.RecordChanged;

/**
 * The published guideline each register page links for an organisation, looked up at most once a minute per
 * organisation and again after any record changes: every initiative page of an organisation links the same one, and
 * looking it up per page would be a query per visitor.
 */
@Component
class OwnerGuidelines {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Snapshot(Optional<Guideline> guideline, long lookedUpAt) {}

    private final PublicGuidelineService guidelines;
    private final ConcurrentMap<String, Snapshot> byOrganisation = new ConcurrentHashMap<>();

    OwnerGuidelines(PublicGuidelineService guidelines) {
        this.guidelines = guidelines;
    }

    /** After the change is committed, so that the next lookup sees it. */
    @TransactionalEventListener(fallbackExecution = true)
    void recordChanged(RecordChanged changed) {
        byOrganisation.clear();
    }

    Optional<Guideline> of(String organisationCode) {
        long now = System.nanoTime();
        Snapshot snapshot = byOrganisation.get(organisationCode);
        if (snapshot == null || now - snapshot.lookedUpAt() > FRESH_FOR.toNanos()) {
            snapshot = new Snapshot(guidelines.publishedOf(organisationCode), now);
            byOrganisation.put(organisationCode, snapshot);
        }
        return snapshot.guideline();
    }
}
