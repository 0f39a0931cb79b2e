package se.hoglandet.platform.academy;

/**
 * One course's figures for one organisation (or all, {@code organisationName} null): enrolments with a seat,
 * people waiting, those who attended at least one meeting, and those who completed.
 */
public record CourseStatistics(
        Long courseId,
        String courseTitle,
        String organisationName,
        long confirmed,
        long waitlisted,
        long attended,
        long completed) {

    /** Completed of those who held a seat, in whole per cent. */
    public int completionPercent() {
        return confirmed == 0 ? 0 : Math.round(100f * completed / confirmed);
    }
}
