package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Guideline figures for the organisations' picture: the newest decided version of an organisation that the reader
 * may read (the truth table in the query), and how many organisations have published a guideline, adopted from the
 * template or not. One query each.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineFigures {

    /** An organisation's newest decided version: when it was decided and when it is to be reviewed. */
    public record Decided(Long guidelineId, LocalDate decidedOn, LocalDate reviewDate) {}

    /** Organisations (the template's owner not counted) with a published guideline, and of those adopted ones. */
    public record Published(long organisations, long adopted) {}

    private final GuidelineRepository guidelines;
    private final CurrentActor currentActor;

    GuidelineFigures(GuidelineRepository guidelines, CurrentActor currentActor) {
        this.guidelines = guidelines;
        this.currentActor = currentActor;
    }

    @RequiresLogin
    public Optional<Decided> newestDecided(Long organisationId) {
        Specification<Guideline> decidedOfOrganisation = (root, query, cb) -> cb.and(
                cb.equal(root.get("ownerOrganisation").get("id"), organisationId), cb.isNotNull(root.get("decidedOn")));
        return guidelines
                .findAll(
                        VisibilityRules.<Guideline>readableBy(currentActor.get())
                                .and(decidedOfOrganisation),
                        PageRequest.of(0, 1, Sort.by(Sort.Order.desc("versionNumber"))))
                .stream()
                .findFirst()
                .map(g -> new Decided(g.id(), g.decidedOn(), g.reviewDate()));
    }

    /** Published versions are public documents: the aggregate needs no visibility rule. */
    @RequiresLogin
    public Published published() {
        List<Guideline> published = guidelines.currentlyPublished().stream()
                .filter(g -> !g.isTemplate())
                .toList();
        return new Published(
                published.size(),
                published.stream().filter(g -> g.sourceTemplateId() != null).count());
    }
}
