package se.hoglandet.platform.person;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/** Once a night: people deactivated longer ago than {@code portal.directory.retention} are anonymised. */
@Component
public class DirectoryJobs {

    private final DirectoryService directory;

    DirectoryJobs(DirectoryService directory) {
        this.directory = directory;
    }

    @Scheduled(cron = "${portal.directory.retention-cron:0 45 2 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "directory-retention")
    public void anonymiseDeactivated() {
        directory.anonymiseDeactivated();
    }
}
