package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.guideline.ControlStatus.Verdict;

/**
 * The annual review, read from the guidelines themselves: the organisation's newest decision and when it is to be
 * reviewed. One query.
 */
@Component
class AnnualReviewReading implements ControlReading {

    private final GuidelineRepository guidelines;

    AnnualReviewReading(GuidelineRepository guidelines) {
        this.guidelines = guidelines;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.ANNUAL_REVIEW;
    }

    @Override
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        return guidelines.newestDecisionOf(organisationId, org.springframework.data.domain.Limit.of(1)).stream()
                .findFirst()
                .map(decided -> decided.reviewDate().isBefore(today)
                        ? ControlStatus.of(control(), Verdict.NOT_FOLLOWED, "overdue", decided.reviewDate())
                        : ControlStatus.of(
                                control(), Verdict.FOLLOWED, "planned", decided.decidedOn(), decided.reviewDate()))
                .orElse(ControlStatus.of(control(), Verdict.NOT_MEASURED, "none"));
    }
}
