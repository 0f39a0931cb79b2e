package se.hoglandet.platform.picture;

/**
 * What a goal is measured by. All but {@link #MEASURED} are fed by the platform's own figures (the picture's figure
 * of that key, for the organisation); a MEASURED goal takes the values entered with a date.
 */
public enum GoalIndicator {
    /** Share of staff (per cent) with a valid basic AI-literacy training. */
    LITERACY_SHARE(Figures.LITERACY_SHARE),
    /** Initiatives in production with at least one measured effect. */
    INITIATIVES_WITH_EFFECTS(Figures.IN_PRODUCTION_WITH_EFFECTS),
    /** Approved legal assessments. */
    ASSESSMENTS_APPROVED(Figures.ASSESSMENTS_APPROVED),
    /** The organisation's score in one dimension of its latest maturity survey (1–5). */
    MATURITY_SCORE(Figures.MATURITY_SCORE),
    /** A value measured outside the platform and entered with its date. */
    MEASURED(null);

    private final String figureKey;

    GoalIndicator(String figureKey) {
        this.figureKey = figureKey;
    }

    /** The key of the picture's figure that feeds a goal of this kind (with its dimension), or null. */
    public String figureKey(String dimensionKey) {
        if (figureKey == null) {
            return null;
        }
        return this == MATURITY_SCORE ? figureKey + "." + dimensionKey : figureKey;
    }
}
