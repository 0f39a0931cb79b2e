package se.hoglandet.platform.picture;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.guideline.GuidelineFigures;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Guidelines in an organisation's picture: whether it has a decided guideline the reader may read (its decision day
 * as the qualifier) and how many days remain until its review date (negative when overdue); for the whole
 * federation, how many organisations have published a guideline and how many of those adopted the template. States,
 * not counts over the period. Here rather than in the guideline package, which the capabilities' control readings
 * depend on (the picture depends on them).
 */
@Component
@Order(60)
class GuidelinePicture implements PictureContribution {

    static final String SECTION = "guidelines";

    private final GuidelineFigures guidelines;
    private final Clock clock;

    GuidelinePicture(GuidelineFigures guidelines, Clock clock) {
        this.guidelines = guidelines;
        this.clock = clock;
    }

    @Override
    public List<PictureFigure> figures(Organisation organisation, Period period) {
        if (organisation == null) {
            GuidelineFigures.Published published = guidelines.published();
            return List.of(
                    PictureFigure.count(
                            SECTION,
                            "guidelines.published",
                            "picture.figure.guidelinesPublished",
                            published.organisations(),
                            "guidelines"),
                    PictureFigure.count(
                            SECTION,
                            "guidelines.adopted",
                            "picture.figure.guidelinesAdopted",
                            published.adopted(),
                            "guidelines"));
        }
        return guidelines
                .newestDecided(organisation.id())
                .map(decided -> {
                    String link = "guidelines/" + decided.guidelineId();
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
                })
                .orElseGet(() -> List.of(PictureFigure.count(
                        SECTION, "guidelines.decided", "picture.figure.guidelineDecided", 0, null)));
    }
}
