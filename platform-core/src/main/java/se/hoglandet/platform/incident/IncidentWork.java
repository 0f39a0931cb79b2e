package se.hoglandet.platform.incident;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Incidents to handle: the open incidents of the handler's organisation, oldest first; those with personal data are
 * due 72 hours after the report (the GDPR deadline). A count and the first few: two queries.
 */
@Component
@Order(20)
class IncidentWork implements WorkItemProvider {

    static final String INCIDENTS = "INCIDENTS";
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final EntityManager entityManager;

    IncidentWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous() || actor.roles().stream().noneMatch(IncidentService.HANDLERS::contains)) {
            return List.of();
        }
        String open = " from Incident i where i.ownerOrganisation.id = :organisation"
                + " and i.status <> se.hoglandet.platform.incident.IncidentStatus.CLOSED";
        long count = entityManager
                .createQuery("select count(i)" + open, Long.class)
                .setParameter("organisation", actor.organisationId())
                .getSingleResult();
        if (count == 0) {
            return List.of();
        }
        List<WorkItem> first = entityManager
                .createQuery("select i" + open + " order by i.createdAt, i.id", Incident.class)
                .setParameter("organisation", actor.organisationId())
                .setMaxResults(WorkItems.FIRST)
                .getResultList()
                .stream()
                .map(i -> WorkItem.of(i.title(), due(i.breachNotificationDeadline()), "incidents/" + i.id()))
                .toList();
        return List.of(new WorkItems(INCIDENTS, count, first));
    }

    private static LocalDate due(Instant deadline) {
        return deadline == null ? null : deadline.atZone(SWEDEN).toLocalDate();
    }
}
