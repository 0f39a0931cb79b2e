package se.hoglandet.platform.search.assistant;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/** Questions are kept for the retention period (12 months by default), then removed with their sources and feedback. */
@Component
class AssistantRetention {

    private static final Logger log = LoggerFactory.getLogger(AssistantRetention.class);

    private final AssistantLog audit;
    private final AssistantProperties properties;
    private final Clock clock;

    AssistantRetention(AssistantLog audit, AssistantProperties properties, Clock clock) {
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.assistant.retention-cron:0 40 3 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "assistant-retention")
    public void removeOldQuestions() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int removed = audit.removeAskedBefore(cutoff);
        if (removed > 0) {
            log.info("Assistant: removed {} questions asked before {}", removed, cutoff);
        }
    }
}
