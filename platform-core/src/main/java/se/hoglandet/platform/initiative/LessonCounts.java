package se.hoglandet.platform.initiative;

/**
 * How many lessons learned an initiative has; ending one requires at least one. Implemented by the lesson
 * capability, which depends on initiatives and not the other way round.
 */
public interface LessonCounts {

    long lessonsOn(Long initiativeId);
}
