package se.hoglandet.platform.academy;

import java.util.Set;

/**
 * A wish for a course: the topic, the need behind it, the organisations interested, and where it comes from (e.g.
 * "Från Nätverket för AI-samordnare, möte 12 mars 2026" with a link to that network), kept with the wish.
 */
public record CourseWishDraft(
        String topic, String need, Set<Long> interestedOrganisationIds, String origin, String originLink) {

    public CourseWishDraft {
        interestedOrganisationIds =
                interestedOrganisationIds == null ? Set.of() : Set.copyOf(interestedOrganisationIds);
    }
}
