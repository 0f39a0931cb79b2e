package se.hoglandet.platform.network;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/** The networks' scheduled work, one node at a time (ShedLock): reminders a day before a meeting starts. */
@Component
class NetworkJobs {

    private static final Logger log = LoggerFactory.getLogger(NetworkJobs.class);

    private final MeetingService meetings;

    NetworkJobs(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Scheduled(cron = "${portal.networks.reminder-cron:0 5 * * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "network-meeting-reminders")
    public void remind() {
        int reminded = meetings.remindUpcoming();
        if (reminded > 0) {
            log.info("Networks: reminded the members of {} meetings starting within a day", reminded);
        }
    }
}
