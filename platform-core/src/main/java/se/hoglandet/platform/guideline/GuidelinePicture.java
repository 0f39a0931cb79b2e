package se.hoglandet.platform.guideline;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.picture.Period;
import se.hoglandet.platform.picture.PictureContribution;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Guidelines in an organisation's picture: whether it has a decided guideline the reader may read (its decision day
 * as the qualifier) and how many days remain until its review date (negative when overdue); for the whole
 * federation, how many organisations have published a guideline and how many of those adopted the template. States,
 * not counts over the period. Two queries at most.
 */
@Component
@Order(60)
class GuidelinePicture implements PictureContribution {

    static final String SECTION = "guidelines";

    private final GuidelineRepository guidelines;
    private final CurrentActor currentActor;
    private final Clock clock;

    GuidelinePicture(GuidelineRepository guidelines, CurrentActor currentActor, Clock clock) {
        this.guidelines = guidelines;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PictureFigure> figures(Organisation organisation, Period period) {
        return organisation == null ? federation() : of(organisation);
    }

    private List<PictureFigure> of(Organisation organisation) {
        Specification<Guideline> decidedOfOrganisation = (root, query, cb) -> cb.and(
                cb.equal(root.get("ownerOrganisation").get("id"), organisation.id()),
                cb.isNotNull(root.get("decidedOn")));
        List<Guideline> newest = guidelines
                .findAll(
                        VisibilityRules.<Guideline>readableBy(currentActor.get())
                                .and(decidedOfOrganisation),
                        PageRequest.of(0, 1, Sort.by(Sort.Order.desc("versionNumber"))))
                .getContent();
        if (newest.isEmpty()) {
            return List.of(
                    PictureFigure.count(SECTION, "guidelines.decided", "picture.figure.guidelineDecided", 0, null));
        }
        Guideline decided = newest.getFirst();
        String link = "guidelines/" + decided.id();
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        return List.of(
                new PictureFigure(
                        SECTION,
                        "guidelines.decided",
                        "picture.figure.guidelineDecided",
                        decided.decidedOn().toString(),
                        BigDecimal.ONE,
                        PictureFigure.Unit.COUNT,
                        link),
                new PictureFigure(
                        SECTION,
                        "guidelines.reviewInDays",
                        "picture.figure.guidelineReviewInDays",
                        decided.reviewDate().toString(),
                        BigDecimal.valueOf(ChronoUnit.DAYS.between(today, decided.reviewDate())),
                        PictureFigure.Unit.COUNT,
                        link));
    }

    /** Published versions are public documents: the aggregate needs no visibility rule. */
    private List<PictureFigure> federation() {
        List<Guideline> published = guidelines.currentlyPublished().stream()
                .filter(g -> !g.isTemplate())
                .toList();
        long adopted =
                published.stream().filter(g -> g.sourceTemplateId() != null).count();
        return List.of(
                PictureFigure.count(
                        SECTION,
                        "guidelines.published",
                        "picture.figure.guidelinesPublished",
                        published.size(),
                        "guidelines"),
                PictureFigure.count(
                        SECTION, "guidelines.adopted", "picture.figure.guidelinesAdopted", adopted, "guidelines"));
    }
}
