package se.hoglandet.platform.worklist;

import java.time.LocalDate;
import java.util.List;

/**
 * Records of one kind that became readable to a person since their last visit: how many and the first few.
 * {@code kind} names the texts ({@code whatsNew.<kind>}).
 */
public record NewItems(String kind, long count, List<WorkItem> first) {

    public NewItems {
        first = List.copyOf(first.size() > WorkItems.FIRST ? first.subList(0, WorkItems.FIRST) : first);
    }

    /** One record: its title, the day it appeared, its page. */
    public static WorkItem item(String title, LocalDate on, String link) {
        return WorkItem.of(title, on, link);
    }
}
