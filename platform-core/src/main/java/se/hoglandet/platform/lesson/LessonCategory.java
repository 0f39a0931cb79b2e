package se.hoglandet.platform.lesson;

/** What a lesson learned is mostly about. */
public enum LessonCategory {
    TECHNICAL,
    LEGAL,
    ORGANISATIONAL,
    PROCUREMENT,
    CHANGE_MANAGEMENT,
    DATA
}
