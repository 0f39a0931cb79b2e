package se.hoglandet.platform.picture;

import java.time.Instant;
import java.util.List;
import se.hoglandet.platform.organisation.Organisation;

/**
 * The yearly report to a board for one calendar year: an organisation's (to its municipal board) or the
 * federation's (to the federation's board; {@code organisation} null). It holds only what the reader may read:
 * figures count readable records, the federation's report only aggregates and every organisation's chosen levels.
 *
 * @param levels           the organisation's levels as decided by the year's end (empty for the federation)
 * @param federationLevels every organisation's levels as decided by the year's end (the federation's report)
 * @param goals            the organisation's goals and where they stand now (empty for the federation)
 * @param figures          the year's figures (states such as literacy are as of the day the report is made)
 * @param maturity         own survey scores up to the year's end (the trend), external results up to that year
 */
public record YearlyReport(
        int year,
        Organisation organisation,
        List<AreaLevel> levels,
        FederationLevels federationLevels,
        List<GoalProgress> goals,
        List<PictureFigure> figures,
        MaturityPicture maturity,
        Instant generatedAt) {

    public boolean isFederation() {
        return organisation == null;
    }
}
