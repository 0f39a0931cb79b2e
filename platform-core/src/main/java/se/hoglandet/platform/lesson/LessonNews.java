package se.hoglandet.platform.lesson;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.VisibilityRules;
import se.hoglandet.platform.worklist.NewItems;
import se.hoglandet.platform.worklist.NewItemsProvider;
import se.hoglandet.platform.worklist.NewRecords;

/** Lessons learned written since the person's last visit that they may read. */
@Component
class LessonNews implements NewItemsProvider {

    private final LessonRepository lessons;

    LessonNews(LessonRepository lessons) {
        this.lessons = lessons;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewItems> newFor(Actor actor, Instant since) {
        return List.of(NewRecords.of(
                "LESSONS",
                lessons,
                VisibilityRules.readableBy(actor),
                "createdAt",
                since,
                i -> NewItems.item(
                        i.title(), i.createdAt().atZone(SwedishTime.ZONE).toLocalDate(), "lessons/" + i.id())));
    }
}
