package se.hoglandet.platform.picture;

import java.util.List;
import se.hoglandet.platform.organisation.Organisation;

/**
 * One organisation's AI picture as the reader may see it: its chosen collaboration levels per area, its goals with
 * where they stand, the capabilities' figures (counting only readable records) and its maturity. {@code mayEdit}:
 * the reader records levels and goals (the organisation's administrators).
 */
public record OrganisationPicture(
        Organisation organisation,
        List<AreaLevel> levels,
        List<GoalProgress> goals,
        List<PictureFigure> figures,
        MaturityPicture maturity,
        boolean mayEdit) {}
