package se.hoglandet.platform.lesson;

/** A lesson was written on an initiative: the initiative's followers are told. */
public record LessonAdded(Long lessonId, String title, Long initiativeId, Long byPersonId) {}
