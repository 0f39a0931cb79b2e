package se.hoglandet.platform.lesson;

/** A lesson was written or changed: search reindexes it. */
public record LessonChanged(Long lessonId) {}
