package se.hoglandet.platform.shared.scheduling;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox's retry: event publications whose listener failed (say, the mail server or the search engine was
 * down) are handed to their listeners again, on one node at a time.
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventResubmission(
            IncompleteEventPublications incomplete,
            @Value("${portal.events.resubmit-older-than:PT1M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            initialDelayString = "${portal.events.resubmit-interval:PT1M}",
            fixedDelayString = "${portal.events.resubmit-interval:PT1M}")
    // Runs every minute by default: a shorter hold than the other jobs' 30 s, still longer than two nodes' jitter.
    @SchedulerLock(name = "event-resubmission", lockAtLeastFor = "PT1S")
    public void resubmitIncompletePublications() {
        log.debug("Resubmitting incomplete event publications older than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }

    /** For tests and operators: resubmit everything incomplete now. */
    public void resubmitAllNow() {
        incomplete.resubmitIncompletePublications(publication -> true);
    }
}
