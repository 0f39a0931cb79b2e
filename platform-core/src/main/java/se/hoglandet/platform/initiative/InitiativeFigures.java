package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The start page's chart (and the same figures as a table): initiatives by owner organisation, status and
 * collaboration level, counting only those the person may read, in one grouped query. Also one organisation's
 * figures for its picture and yearly report (issue 21), each one query, counting only what the reader may read.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeFigures {

    /** How many readable initiatives one organisation has in one status at one level. */
    public record Count(String organisationName, InitiativeStatus status, CollaborationLevel level, long initiatives) {}

    private final EntityManager entityManager;
    private final CurrentActor currentActor;

    InitiativeFigures(EntityManager entityManager, CurrentActor currentActor) {
        this.entityManager = entityManager;
        this.currentActor = currentActor;
    }

    @RequiresLogin
    public List<Count> byOrganisationStatusAndLevel() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Initiative> initiative = query.from(Initiative.class);
        Join<Initiative, Organisation> owner = initiative.join("ownerOrganisation");
        query.multiselect(
                        owner.get("name"),
                        initiative.get("status"),
                        initiative.get("collaborationLevel"),
                        cb.count(initiative))
                .where(VisibilityRules.<Initiative>readableBy(currentActor.get())
                        .toPredicate(initiative, query, cb))
                .groupBy(owner.get("name"), initiative.get("status"), initiative.get("collaborationLevel"))
                .orderBy(cb.asc(owner.get("name")), cb.asc(initiative.get("status")));
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new Count(
                        t.get(0, String.class),
                        t.get(1, InitiativeStatus.class),
                        t.get(2, CollaborationLevel.class),
                        t.get(3, Long.class)))
                .toList();
    }

    /** One organisation's readable initiatives (all organisations' when {@code organisationId} is null). */
    @RequiresLogin
    public List<Count> ofOrganisation(Long organisationId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Initiative> initiative = query.from(Initiative.class);
        query.multiselect(initiative.get("status"), initiative.get("collaborationLevel"), cb.count(initiative))
                .where(readableOf(initiative, query, cb, organisationId))
                .groupBy(initiative.get("status"), initiative.get("collaborationLevel"));
        return entityManager.createQuery(query).getResultList().stream()
                .map(t -> new Count(
                        null,
                        t.get(0, InitiativeStatus.class),
                        t.get(1, CollaborationLevel.class),
                        t.get(2, Long.class)))
                .toList();
    }

    /** Readable initiatives of the organisation in production with at least one measured effect. */
    @RequiresLogin
    public long inProductionWithMeasuredEffects(Long organisationId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        Subquery<Long> measured = query.subquery(Long.class);
        Root<EffectIndicator> indicator = measured.from(EffectIndicator.class);
        measured.select(indicator.get("id"))
                .where(
                        cb.equal(indicator.get("initiativeId"), initiative.get("id")),
                        cb.isNotEmpty(indicator.get("measurements")));
        query.select(cb.count(initiative))
                .where(
                        readableOf(initiative, query, cb, organisationId),
                        cb.equal(initiative.get("status"), InitiativeStatus.PRODUCTION),
                        cb.exists(measured));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Effect measurements recorded in [from, until) on the organisation's readable initiatives. */
    @RequiresLogin
    public long measurementsBetween(Long organisationId, LocalDate from, LocalDate until) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        Root<EffectIndicator> indicator = query.from(EffectIndicator.class);
        Join<EffectIndicator, Measurement> measurement = indicator.join("measurements");
        query.select(cb.count(measurement))
                .where(
                        cb.equal(indicator.get("initiativeId"), initiative.get("id")),
                        readableOf(initiative, query, cb, organisationId),
                        cb.greaterThanOrEqualTo(measurement.get("measuredOn"), from),
                        cb.lessThan(measurement.get("measuredOn"), until));
        return entityManager.createQuery(query).getSingleResult();
    }

    /**
     * What collaboration produced: readable initiatives the organisation owns or takes part in that have at least
     * one participating organisation (all such initiatives when {@code organisationId} is null).
     */
    @RequiresLogin
    public long jointInitiatives(Long organisationId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        Predicate readable =
                VisibilityRules.<Initiative>readableBy(currentActor.get()).toPredicate(initiative, query, cb);
        Predicate joint = cb.isNotEmpty(initiative.get("participatingOrganisations"));
        Predicate ours = organisationId == null
                ? cb.conjunction()
                : cb.or(
                        cb.equal(initiative.get("ownerOrganisation").get("id"), organisationId),
                        cb.isMember(
                                entityManager.getReference(Organisation.class, organisationId),
                                initiative.<java.util.Set<Organisation>>get("participatingOrganisations")));
        query.select(cb.count(initiative)).where(readable, joint, ours);
        return entityManager.createQuery(query).getSingleResult();
    }

    /** Readable initiatives owned by the organisation (every organisation's when it is null). */
    private Predicate readableOf(
            Root<Initiative> initiative, CriteriaQuery<?> query, CriteriaBuilder cb, Long organisationId) {
        Predicate readable =
                VisibilityRules.<Initiative>readableBy(currentActor.get()).toPredicate(initiative, query, cb);
        return organisationId == null
                ? readable
                : cb.and(readable, cb.equal(initiative.get("ownerOrganisation").get("id"), organisationId));
    }
}
