package se.hoglandet.platform.initiative;

import java.util.List;
import se.hoglandet.platform.visibility.EditScope;

/**
 * One initiative with everything its page shows, loaded in one transaction: participations, effects, the
 * collaboration-level history, the number of lessons, whether the reader follows it and what they may edit.
 */
public record InitiativeDetail(
        Initiative initiative,
        List<Participation> participations,
        List<EffectIndicator> effects,
        List<LevelChange> levelHistory,
        long lessonCount,
        boolean following,
        EditScope editScope,
        Long myOrganisationId) {

    /** Whether the reader may edit this participation (their organisation's own part, or the whole record). */
    public boolean mayEdit(Participation participation) {
        return editScope == EditScope.WHOLE
                || (editScope == EditScope.OWN_PART
                        && participation.organisation().id().equals(myOrganisationId));
    }
}
