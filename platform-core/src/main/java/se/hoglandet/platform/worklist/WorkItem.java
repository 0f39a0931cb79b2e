package se.hoglandet.platform.worklist;

import java.time.LocalDate;

/**
 * One task waiting for the person: what (title), by when (due, may be null), where to act (link, a path inside the
 * portal) and, for tasks others take part in, how far they have come ("3 av 10 har svarat").
 */
public record WorkItem(String title, LocalDate due, String link, Progress progress) {

    /** How many of how many have done their part. */
    public record Progress(long done, long total) {}

    public static WorkItem of(String title, LocalDate due, String link) {
        return new WorkItem(title, due, link, null);
    }
}
