package se.hoglandet.platform.academy;

/**
 * One course's figures for one organisation (or all, {@code organisationName} null): enrolments with a seat,
 * people waiting, those who attended at least one meeting, those who completed, and those of them who named the
 * initiative where they apply the course (the report's KPI "share of staff who applied new skills in projects").
 */
public record CourseStatistics(
        Long courseId,
        String courseTitle,
        String organisationName,
        long confirmed,
        long waitlisted,
        long attended,
        long completed,
        long appliedInInitiatives) {

    /** Completed of those who held a seat, in whole per cent. */
    public int completionPercent() {
        return confirmed == 0 ? 0 : Math.round(100f * completed / confirmed);
    }

    /** Applied in an initiative, of those who completed, in whole per cent. */
    public int appliedPercent() {
        return completed == 0 ? 0 : Math.round(100f * appliedInInitiatives / completed);
    }
}
