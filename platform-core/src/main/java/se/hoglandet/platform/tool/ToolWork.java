package se.hoglandet.platform.tool;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Tool approvals of my organisation that run out within 60 days, for its assessors (who decide on tools). A renewed
 * decision moves the date and the task goes. One query.
 */
@Component
@Order(70)
class ToolWork implements WorkItemProvider {

    static final String TOOL_APPROVALS_EXPIRING = "TOOL_APPROVALS_EXPIRING";
    private static final Set<Role> ASSESSORS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final ToolApprovalRepository approvals;

    ToolWork(ToolApprovalRepository approvals) {
        this.approvals = approvals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous() || actor.roles().stream().noneMatch(ASSESSORS::contains)) {
            return List.of();
        }
        List<WorkItem> expiring =
                approvals
                        .expiringIn(actor.organisationId(), today, today.plusDays(ToolService.EXPIRY_WARNING_DAYS))
                        .stream()
                        .map(a -> WorkItem.of(
                                a.tool().name(),
                                a.validUntil(),
                                "tools/" + a.tool().id()))
                        .toList();
        return List.of(WorkItems.of(TOOL_APPROVALS_EXPIRING, expiring));
    }
}
