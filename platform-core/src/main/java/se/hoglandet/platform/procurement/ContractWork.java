package se.hoglandet.platform.procurement;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Contract notice deadlines within 90 days, for the procurement staff of the owning organisation. The deadline
 * depends on the options called (extension arithmetic), so the contracts that could be due are read in one query
 * and the deadline is worked out here; calling an option moves it and the task goes.
 */
@Component
@Order(50)
class ContractWork implements WorkItemProvider {

    static final String CONTRACT_NOTICES = "CONTRACT_NOTICES";
    static final int HORIZON_DAYS = 90;

    private final EntityManager entityManager;

    ContractWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous() || !actor.hasRole(Role.PROCUREMENT)) {
            return List.of();
        }
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        List<WorkItem> due = entityManager
                .createQuery(
                        "select c from Contract c where c.ownerOrganisation.id = :organisation and c.endsOn <= :latest",
                        Contract.class)
                .setParameter("organisation", actor.organisationId())
                // As the daily reminder reads them: a notice period is at most three years.
                .setParameter("latest", horizon.plusMonths(36))
                .getResultList()
                .stream()
                .filter(c -> {
                    LocalDate deadline = c.terms().noticeDeadline();
                    return !deadline.isBefore(today) && !deadline.isAfter(horizon);
                })
                .sorted(Comparator.comparing(c -> c.terms().noticeDeadline()))
                .map(c -> WorkItem.of(
                        c.subject() + " – " + c.supplier(), c.terms().noticeDeadline(), "contracts/" + c.id()))
                .toList();
        return List.of(WorkItems.of(CONTRACT_NOTICES, due));
    }
}
