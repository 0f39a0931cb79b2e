package se.hoglandet.platform.guideline;

import java.util.Set;
import se.hoglandet.platform.visibility.Visibility;

/**
 * What the writers set on a guideline besides its clauses: title, a short summary (purpose and scope), who reads a
 * version before it is published (a draft is never PUBLIC: publishing makes it so) and the organisations it also
 * applies to (companies of the municipality, which do not inherit its access).
 */
public record GuidelineDraft(
        String title,
        String summary,
        Visibility visibility,
        Set<Long> namedOrganisationIds,
        Set<Long> participatingOrganisationIds) {

    public GuidelineDraft {
        namedOrganisationIds = namedOrganisationIds == null ? Set.of() : Set.copyOf(namedOrganisationIds);
        participatingOrganisationIds =
                participatingOrganisationIds == null ? Set.of() : Set.copyOf(participatingOrganisationIds);
    }

    /** A new guideline's defaults: private until published. */
    public static GuidelineDraft titled(String title) {
        return new GuidelineDraft(title, null, Visibility.PRIVATE, Set.of(), Set.of());
    }
}
