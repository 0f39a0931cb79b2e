package se.hoglandet.platform.assessment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Assessments' tasks: sign-offs waiting for me (a role I hold is still pending in the current round, as the owner's
 * staff or as an expert asked to review in that role) and expert reviews asked of me. Three queries in all.
 */
@Component
@Order(10)
class AssessmentWork implements WorkItemProvider {

    static final String SIGN_OFFS = "SIGN_OFFS";
    static final String EXPERT_REVIEWS = "EXPERT_REVIEWS";
    private static final ZoneId SWEDEN = SwedishTime.ZONE;

    private final EntityManager entityManager;

    AssessmentWork(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        if (actor.isAnonymous()) {
            return List.of();
        }
        List<Object[]> requests = entityManager
                .createQuery("""
                        select r.assessmentId, r.expertRole, a.title, r.requestedAt from ReviewRequest r, Assessment a
                        where a.id = r.assessmentId and r.expertPersonId = :me
                          and r.status = se.hoglandet.platform.assessment.ReviewRequestStatus.OPEN
                        order by r.requestedAt, r.id""", Object[].class)
                .setParameter("me", actor.personId())
                .getResultList();
        List<WorkItem> reviews = new ArrayList<>();
        Map<Long, Set<Role>> expertRoles = new HashMap<>();
        for (Object[] row : requests) {
            Long assessmentId = (Long) row[0];
            expertRoles
                    .computeIfAbsent(assessmentId, id -> EnumSet.noneOf(Role.class))
                    .add((Role) row[1]);
            reviews.add(WorkItem.of(
                    (String) row[2],
                    ((java.time.Instant) row[3]).atZone(SWEDEN).toLocalDate(),
                    "assessments/" + assessmentId));
        }
        List<WorkItems> work = new ArrayList<>();
        work.add(signOffs(actor, expertRoles));
        work.add(WorkItems.of(EXPERT_REVIEWS, reviews));
        return work;
    }

    private WorkItems signOffs(Actor actor, Map<Long, Set<Role>> expertRoles) {
        boolean signer = actor.roles().stream().anyMatch(TemplateDefinition.SIGNING_ROLES::contains);
        if (!signer) {
            return WorkItems.of(SIGN_OFFS, List.of());
        }
        Set<Long> requested = expertRoles.isEmpty() ? Set.of(-1L) : expertRoles.keySet();
        // The owner's id as a value: reading it from the lazy owner would cost a query per organisation.
        Map<Assessment, Long> owners = new java.util.LinkedHashMap<>();
        for (Object[] row : entityManager
                .createQuery("""
                        select a, a.ownerOrganisation.id from Assessment a join fetch a.template
                        where a.status = se.hoglandet.platform.assessment.AssessmentStatus.IN_REVIEW
                          and (a.ownerOrganisation.id = :organisation or a.id in :requested)
                        order by a.updatedAt, a.id""", Object[].class)
                .setParameter("organisation", actor.organisationId())
                .setParameter("requested", requested)
                .getResultList()) {
            owners.put((Assessment) row[0], (Long) row[1]);
        }
        List<Assessment> inReview = new ArrayList<>(owners.keySet());
        if (inReview.isEmpty()) {
            return WorkItems.of(SIGN_OFFS, List.of());
        }
        Map<Long, Set<Role>> signed = new HashMap<>();
        Map<Long, Integer> rounds = new HashMap<>();
        inReview.forEach(a -> rounds.put(a.id(), a.reviewRound()));
        for (Object[] row : entityManager
                .createQuery(
                        "select s.assessmentId, s.reviewRound, s.role from SignOff s where s.assessmentId in :ids",
                        Object[].class)
                .setParameter("ids", rounds.keySet())
                .getResultList()) {
            if (rounds.get((Long) row[0]).equals(row[1])) {
                signed.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((Role) row[2]);
            }
        }
        List<WorkItem> waiting = new ArrayList<>();
        for (Assessment assessment : inReview) {
            boolean own = owners.get(assessment).equals(actor.organisationId());
            Set<Role> mayUse = own ? actor.roles() : expertRoles.getOrDefault(assessment.id(), Set.of());
            boolean mine = assessment.template().definition().requiredSignOffs().stream()
                    .filter(role ->
                            !signed.getOrDefault(assessment.id(), Set.of()).contains(role))
                    .anyMatch(role -> actor.hasRole(role) && mayUse.contains(role));
            if (mine) {
                waiting.add(WorkItem.of(assessment.title(), null, "assessments/" + assessment.id()));
            }
        }
        return WorkItems.of(SIGN_OFFS, waiting);
    }
}
