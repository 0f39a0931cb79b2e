package se.hoglandet.platform.academy;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.guideline.ControlReading;
import se.hoglandet.platform.guideline.ControlStatus;
import se.hoglandet.platform.guideline.PlatformControl;

/**
 * A guideline's training clause, followed or not: the share of the organisation's staff with a valid basic AI
 * training, counted as the literacy follow-up counts it (the directory, or the headcount the administrator stated).
 * Only the organisation's total is shown, never who.
 */
@Component
class AiLiteracyReading implements ControlReading {

    private final AcademyFollowUpService followUp;

    AiLiteracyReading(AcademyFollowUpService followUp) {
        this.followUp = followUp;
    }

    @Override
    public PlatformControl control() {
        return PlatformControl.AI_LITERACY;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlStatus readIn(Long organisationId, LocalDate today) {
        return followUp.literacyIn(organisationId).rows().stream()
                .filter(row -> row.role() == null && row.people() > 0)
                .findFirst()
                .map(row -> ControlStatus.of(
                        control(),
                        ControlStatus.share(row.valid(), row.people()),
                        "share",
                        row.validPercent(),
                        row.valid(),
                        row.people()))
                .orElse(ControlStatus.of(control(), ControlStatus.Verdict.NOT_MEASURED, "none"));
    }
}
