package se.hoglandet.platform.procurement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.shared.SwedishTime;

/** Once a day, one node (ShedLock): reminds owners of contracts whose notice deadline is near. */
@Component
class ContractNoticeJob {

    private final ContractService contracts;

    ContractNoticeJob(ContractService contracts) {
        this.contracts = contracts;
    }

    @Scheduled(cron = "${portal.contracts.notice-reminder-cron:0 15 7 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "contract-notice-reminders")
    public void remind() {
        contracts.remindOfNoticeDeadlines();
    }
}
