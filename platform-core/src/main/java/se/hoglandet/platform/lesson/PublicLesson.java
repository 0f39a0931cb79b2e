package se.hoglandet.platform.lesson;

import java.time.Instant;

/**
 * A PUBLIC lesson as anyone may read it on the public site: what was tried and learnt, without its author (personal
 * data) or tags and comments (internal).
 */
public record PublicLesson(
        String title, String tried, String worked, String didNotWork, String recommendation, Instant updatedAt) {

    static PublicLesson of(Lesson lesson) {
        return new PublicLesson(
                lesson.title(),
                lesson.tried(),
                lesson.worked(),
                lesson.didNotWork(),
                lesson.recommendation(),
                lesson.updatedAt());
    }
}
