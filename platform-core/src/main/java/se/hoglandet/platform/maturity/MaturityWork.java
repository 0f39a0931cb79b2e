package se.hoglandet.platform.maturity;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Maturity surveys: those I am invited to answer and have not submitted, in open cycles; and, for the coordinator
 * of my organisation in an open cycle, how far its respondents have come ("3 av 10 har svarat, stänger 27 dec").
 * Three queries.
 */
@Component
@Order(40)
class MaturityWork implements WorkItemProvider {

    static final String SURVEYS_TO_ANSWER = "SURVEYS_TO_ANSWER";
    static final String SURVEYS_TO_COORDINATE = "SURVEYS_TO_COORDINATE";

    private final EntityManager entityManager;

    MaturityWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        List<WorkItem> toAnswer = entityManager
                .createQuery("""
                        select c from SurveyResponse r, SurveyCycle c
                        where c.id = r.cycleId and r.personId = :me
                          and r.status <> se.hoglandet.platform.maturity.ResponseStatus.SUBMITTED
                          and c.closed = false and c.opensOn <= :today and c.closesOn >= :today
                        order by c.closesOn, c.id""", SurveyCycle.class)
                .setParameter("me", actor.personId())
                .setParameter("today", today)
                .getResultList()
                .stream()
                .map(c -> WorkItem.of(c.name(), c.closesOn(), "maturity/cycles/" + c.id()))
                .toList();
        List<SurveyCycle> coordinated = entityManager
                .createQuery("""
                        select c from SurveyCycle c join c.coordinators co
                        where key(co) = :organisation and value(co) = :me
                          and c.closed = false and c.closesOn >= :today
                        order by c.closesOn, c.id""", SurveyCycle.class)
                .setParameter("organisation", actor.organisationId())
                .setParameter("me", actor.personId())
                .setParameter("today", today)
                .getResultList();
        List<WorkItem> progress = new ArrayList<>();
        if (!coordinated.isEmpty()) {
            Map<Long, long[]> counts = new HashMap<>();
            for (Object[] row : entityManager
                    .createQuery("""
                            select r.cycleId, count(r),
                                   sum(case when r.status = se.hoglandet.platform.maturity.ResponseStatus.SUBMITTED
                                       then 1 else 0 end)
                            from SurveyResponse r where r.organisationId = :organisation and r.cycleId in :cycles
                            group by r.cycleId""", Object[].class)
                    .setParameter("organisation", actor.organisationId())
                    .setParameter(
                            "cycles", coordinated.stream().map(SurveyCycle::id).toList())
                    .getResultList()) {
                counts.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
            }
            for (SurveyCycle cycle : coordinated) {
                long[] c = counts.getOrDefault(cycle.id(), new long[2]);
                progress.add(new WorkItem(
                        cycle.name(),
                        cycle.closesOn(),
                        "maturity/cycles/" + cycle.id(),
                        new WorkItem.Progress(c[1], c[0])));
            }
        }
        return List.of(WorkItems.of(SURVEYS_TO_ANSWER, toAnswer), WorkItems.of(SURVEYS_TO_COORDINATE, progress));
    }
}
