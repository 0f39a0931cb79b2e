package se.hoglandet.platform.lesson;

/** The lesson list's filters; {@code null} means "any". */
public record LessonFilter(LessonCategory category, Long initiativeId, String text) {

    public static LessonFilter none() {
        return new LessonFilter(null, null, null);
    }
}
