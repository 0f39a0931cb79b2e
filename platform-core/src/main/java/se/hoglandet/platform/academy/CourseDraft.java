package se.hoglandet.platform.academy;

import java.util.Set;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.shared.Role;

/**
 * A course as the academy administrator describes it. An empty audience means everybody; {@code validityMonths}
 * null means the completion does not expire.
 */
public record CourseDraft(
        String title,
        String description,
        CourseTopic topic,
        CourseFormat format,
        Set<Role> audienceRoles,
        Set<Long> audienceOrganisationIds,
        boolean basicAiLiteracy,
        Integer validityMonths,
        CollaborationLevel collaborationLevel) {

    public CourseDraft {
        audienceRoles = audienceRoles == null ? Set.of() : Set.copyOf(audienceRoles);
        audienceOrganisationIds = audienceOrganisationIds == null ? Set.of() : Set.copyOf(audienceOrganisationIds);
    }
}
