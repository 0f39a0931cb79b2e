package se.hoglandet.platform.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/** The digest e-mails: one mail per person per period, on one node (ShedLock). */
@Component
public class DigestJobs {

    private final NotificationService notifications;

    DigestJobs(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(cron = "${portal.notifications.daily-digest-cron:0 0 6 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "daily-digest")
    public void sendDailyDigests() {
        notifications.sendDigests(EmailFrequency.DAILY);
    }

    @Scheduled(cron = "${portal.notifications.weekly-digest-cron:0 0 6 * * MON}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "weekly-digest")
    public void sendWeeklyDigests() {
        notifications.sendDigests(EmailFrequency.WEEKLY);
    }
}
