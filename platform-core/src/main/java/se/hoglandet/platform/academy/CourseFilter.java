package se.hoglandet.platform.academy;

import java.util.List;

/**
 * The catalogue's filters; {@code null} means any. {@code ids} restricts to courses found by the search module (in
 * its order of relevance, the caller's business); {@code basicAiLiteracyOnly} to courses that count as basic training.
 */
public record CourseFilter(CourseTopic topic, CourseFormat format, boolean basicAiLiteracyOnly, List<Long> ids) {

    public static CourseFilter none() {
        return new CourseFilter(null, null, false, null);
    }
}
