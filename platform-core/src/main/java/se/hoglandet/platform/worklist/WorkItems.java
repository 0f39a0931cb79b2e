package se.hoglandet.platform.worklist;

import java.util.List;

/**
 * The tasks of one kind waiting for a person: how many, and the first few. {@code kind} names the texts
 * ({@code worklist.<kind>} in the UI's bundles, with the count as argument): the start page never switches on it.
 */
public record WorkItems(String kind, long count, List<WorkItem> first) {

    /** How many items a kind shows on the start page. */
    public static final int FIRST = 5;

    public WorkItems {
        first = List.copyOf(first.size() > FIRST ? first.subList(0, FIRST) : first);
    }

    /** The kind's tasks from a complete list (already in the order to show). */
    public static WorkItems of(String kind, List<WorkItem> all) {
        return new WorkItems(kind, all.size(), all);
    }
}
