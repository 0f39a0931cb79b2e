package se.hoglandet.platform.picture;

import java.util.List;
import se.hoglandet.platform.maturity.CycleScores;
import se.hoglandet.platform.maturity.ExternalResult;

/**
 * Maturity in the picture: the organisation's own survey scores per cycle (oldest first; the federation's averages
 * for the federation) and its external results (DiMiOS, DIOS, PIOS), both limited to the period's end.
 */
public record MaturityPicture(List<CycleScores> own, List<ExternalResult> external) {

    /** The latest cycle whose scores may be shown, or null. */
    public CycleScores latestShown() {
        return own.stream().filter(c -> !c.suppressed()).reduce((a, b) -> b).orElse(null);
    }
}
