package se.hoglandet.platform.academy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * The academy's scheduled work, one node at a time (ShedLock): reminders a day before a session starts, and the
 * nightly anonymisation of enrolments older than the retention period.
 */
@Component
class AcademyJobs {

    private static final Logger log = LoggerFactory.getLogger(AcademyJobs.class);

    private final EnrolmentService enrolments;

    AcademyJobs(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @Scheduled(cron = "${portal.academy.reminder-cron:0 0 * * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "academy-reminders")
    public void remind() {
        int reminded = enrolments.remindUpcoming();
        if (reminded > 0) {
            log.info("Academy: reminded {} participants of sessions starting within a day", reminded);
        }
    }

    @Scheduled(cron = "${portal.academy.retention-cron:0 30 2 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "academy-retention")
    public void anonymise() {
        int anonymised = enrolments.anonymiseExpired();
        if (anonymised > 0) {
            log.info("Academy: anonymised {} enrolments past the retention period", anonymised);
        }
    }
}
