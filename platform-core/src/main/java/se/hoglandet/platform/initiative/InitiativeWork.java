package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
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
 * My initiatives that need following up (effekthemtagning): a pilot or an initiative in production, older than six
 * months, with no effect measured in the last six months; or one still running past its planned end date (the date
 * it is to be reviewed by). Measuring an effect, ending it or moving the date makes the task go. One query.
 */
@Component
@Order(60)
class InitiativeWork implements WorkItemProvider {

    static final String INITIATIVE_FOLLOW_UP = "INITIATIVE_FOLLOW_UP";
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final EntityManager entityManager;

    InitiativeWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        LocalDate sixMonthsAgo = today.minusMonths(6);
        List<WorkItem> due = entityManager
                .createQuery("""
                        select i from Initiative i
                        where i.createdByPersonId = :me
                          and i.status <> se.hoglandet.platform.initiative.InitiativeStatus.ENDED
                          and ((i.status in (se.hoglandet.platform.initiative.InitiativeStatus.PILOT,
                                             se.hoglandet.platform.initiative.InitiativeStatus.PRODUCTION)
                                and i.createdAt < :sixMonthsAgo
                                and not exists (select 1 from EffectIndicator e join e.measurements m
                                                where e.initiativeId = i.id and m.measuredOn >= :sixMonthsAgoDay))
                               or i.endDate < :today)
                        order by i.updatedAt, i.id""", Initiative.class)
                .setParameter("me", actor.personId())
                .setParameter("sixMonthsAgo", sixMonthsAgo.atStartOfDay(SWEDEN).toInstant())
                .setParameter("sixMonthsAgoDay", sixMonthsAgo)
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(i -> WorkItem.of(i.title(), i.endDate(), "initiatives/" + i.id()))
                .toList();
        return List.of(WorkItems.of(INITIATIVE_FOLLOW_UP, due));
    }
}
