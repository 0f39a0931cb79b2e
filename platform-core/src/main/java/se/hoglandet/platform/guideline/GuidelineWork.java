package se.hoglandet.platform.guideline;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.worklist.WorkItem;
import se.hoglandet.platform.worklist.WorkItemProvider;
import se.hoglandet.platform.worklist.WorkItems;

/**
 * Guidelines' tasks for the people of the owner organisation: the review date of the newest decision is 30 days
 * away or past (administrators and IT managers), a version waits for comments in review (lawyers, DPOs, security
 * officers, IT managers), and the federation's template has changed since the version the guideline came from
 * (the writers). Two queries at most: the organisation's versions that matter, and the template published now.
 */
@Component
@Order(80)
class GuidelineWork implements WorkItemProvider {

    static final String GUIDELINE_REVIEWS = "GUIDELINE_REVIEWS";
    static final String GUIDELINE_COMMENTS = "GUIDELINE_COMMENTS";
    static final String GUIDELINE_UPSTREAM = "GUIDELINE_UPSTREAM";
    private static final Set<Role> COMMENTERS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final EntityManager entityManager;
    private final GuidelineRepository guidelines;

    GuidelineWork(EntityManager entityManager, GuidelineRepository guidelines) {
        this.entityManager = entityManager;
        this.guidelines = guidelines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItems> workFor(Actor actor, LocalDate today) {
        boolean owner =
                !actor.isAnonymous() && actor.hasAnyRole(Role.ORG_ADMIN, Role.IT_MANAGER, Role.FEDERATION_STAFF);
        boolean commenter = !actor.isAnonymous() && actor.roles().stream().anyMatch(COMMENTERS::contains);
        if (!owner && !commenter) {
            return List.of();
        }
        List<Guideline> versions = entityManager
                .createQuery("""
                        select g from Guideline g join fetch g.ownerOrganisation o where o.id = :organisation
                          and (g.status in (se.hoglandet.platform.guideline.GuidelineStatus.IN_REVIEW,
                                            se.hoglandet.platform.guideline.GuidelineStatus.DECIDED,
                                            se.hoglandet.platform.guideline.GuidelineStatus.PUBLISHED)
                               or g.versionNumber = (select max(n.versionNumber) from Guideline n
                                                     where n.seriesId = g.seriesId))
                        order by g.versionNumber desc""", Guideline.class)
                .setParameter("organisation", actor.organisationId())
                .getResultList();
        // Federation staff look after the template only; elsewhere the role gives no guideline task.
        boolean looksAfter = versions.stream()
                .findFirst()
                .map(g -> GuidelineRoles.writes(actor, g))
                .orElse(false);
        List<WorkItems> work = new ArrayList<>();
        if (looksAfter) {
            work.add(WorkItems.of(GUIDELINE_REVIEWS, reviewDue(versions, today)));
            work.add(WorkItems.of(GUIDELINE_UPSTREAM, upstream(versions)));
        }
        if (commenter) {
            work.add(WorkItems.of(
                    GUIDELINE_COMMENTS,
                    versions.stream()
                            .filter(g -> g.status() == GuidelineStatus.IN_REVIEW)
                            .map(g -> WorkItem.of(g.title(), null, "guidelines/" + g.id()))
                            .toList()));
        }
        return work;
    }

    /** The newest decided version, when its review date is near or past. */
    private static List<WorkItem> reviewDue(List<Guideline> versions, LocalDate today) {
        return versions.stream()
                .filter(g -> g.decidedOn() != null)
                .max(Comparator.comparingInt(Guideline::versionNumber))
                .filter(g -> !g.reviewDate().isAfter(today.plusDays(GuidelineService.REVIEW_WARNING_DAYS)))
                .map(g -> List.of(WorkItem.of(g.title(), g.reviewDate(), "guidelines/" + g.id())))
                .orElse(List.of());
    }

    /** The newest version, when the template it came from is no longer the one published now. */
    private List<WorkItem> upstream(List<Guideline> versions) {
        Optional<Guideline> newest = versions.stream().max(Comparator.comparingInt(Guideline::versionNumber));
        if (newest.isEmpty() || newest.get().sourceTemplateId() == null) {
            return List.of();
        }
        Guideline mine = newest.get();
        return guidelines.publishedTemplates(Limit.of(1)).stream()
                .filter(t -> !t.id().equals(mine.sourceTemplateId()))
                .map(t -> WorkItem.of(mine.title(), null, "guidelines/" + mine.id() + "/upstream"))
                .toList();
    }
}
