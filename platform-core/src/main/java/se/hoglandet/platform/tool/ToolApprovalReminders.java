package se.hoglandet.platform.tool;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Once a day: an approval of an AI tool that runs out within 60 days is brought to its organisation's assessors
 * (lawyers, DPOs, security officers, IT managers), once per approval and valid-until date. One node runs it
 * (ShedLock).
 */
@Component
public class ToolApprovalReminders {

    private static final Set<Role> ASSESSORS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final ToolService tools;
    private final PersonService people;
    private final NotificationService notifications;

    ToolApprovalReminders(ToolService tools, PersonService people, NotificationService notifications) {
        this.tools = tools;
        this.people = people;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${portal.tools.expiry-reminder-cron:0 30 7 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "tool-approval-expiry-reminders")
    public void remindOfExpiringApprovals() {
        for (ToolService.ExpiringApproval approval : tools.expiringApprovalsToRemind()) {
            Set<Long> assessors = new LinkedHashSet<>();
            for (Role role : ASSESSORS) {
                people.peopleWithRole(approval.organisationId(), role).stream()
                        .map(Person::id)
                        .forEach(assessors::add);
            }
            NotificationService.Message message = new NotificationService.Message(
                    NotificationKind.TOOL_APPROVAL_EXPIRING,
                    "expiring",
                    "tools/" + approval.toolId(),
                    approval.toolName(),
                    approval.validUntil());
            assessors.forEach(person -> notifications.send(person, message));
            tools.markExpiryReminded(approval.approvalId(), approval.validUntil());
        }
    }
}
