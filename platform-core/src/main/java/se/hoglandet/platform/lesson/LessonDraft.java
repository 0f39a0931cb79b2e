package se.hoglandet.platform.lesson;

import java.util.Set;
import se.hoglandet.platform.visibility.Visibility;

/** What the author writes: the lesson itself, its category and tags, and who may read it. */
public record LessonDraft(
        String title,
        String tried,
        String worked,
        String didNotWork,
        String recommendation,
        LessonCategory category,
        Set<String> tags,
        Visibility visibility,
        Set<Long> namedOrganisationIds) {

    public LessonDraft {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        namedOrganisationIds = namedOrganisationIds == null ? Set.of() : Set.copyOf(namedOrganisationIds);
    }
}
