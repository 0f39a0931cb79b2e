package se.hoglandet.platform.lesson;

import org.springframework.stereotype.Component;
import se.hoglandet.platform.initiative.LessonCounts;

/** Answers the initiative register's question "does this initiative have a lesson yet?". */
@Component
class LessonCountsFromLessons implements LessonCounts {

    private final LessonRepository lessons;

    LessonCountsFromLessons(LessonRepository lessons) {
        this.lessons = lessons;
    }

    @Override
    public long lessonsOn(Long initiativeId) {
        return lessons.countByInitiativeId(initiativeId);
    }
}
