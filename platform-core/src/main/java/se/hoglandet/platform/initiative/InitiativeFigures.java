package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The start page's chart (and the same figures as a table): initiatives by owner organisation, status and
 * collaboration level, counting only those the person may read, in one grouped query.
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
}
