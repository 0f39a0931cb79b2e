package se.hoglandet.platform.academy;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.worklist.NewItems;
import se.hoglandet.platform.worklist.NewItemsProvider;
import se.hoglandet.platform.worklist.NewRecords;

/** Courses added to the academy since the person's last visit (everybody signed in reads the catalogue). */
@Component
class CourseNews implements NewItemsProvider {

    private final CourseRepository courses;

    CourseNews(CourseRepository courses) {
        this.courses = courses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NewItems> newFor(Actor actor, Instant since) {
        return List.of(NewRecords.of(
                "COURSES",
                courses,
                (root, query, cb) -> cb.conjunction(),
                "createdAt",
                since,
                i -> NewItems.item(
                        i.title(), i.createdAt().atZone(SwedishTime.ZONE).toLocalDate(), "academy/courses/" + i.id())));
    }
}
