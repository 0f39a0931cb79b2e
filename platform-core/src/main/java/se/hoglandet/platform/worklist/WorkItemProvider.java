package se.hoglandet.platform.worklist;

import java.time.LocalDate;
import java.util.List;
import se.hoglandet.platform.shared.Actor;

/**
 * What a capability contributes to "Mitt arbete": the kinds of task it knows, computed live for one person. A
 * provider answers in a fixed number of queries, whatever the number of tasks, and asks nothing of a person whose
 * roles give them none of its tasks. Kinds with no task may be left out.
 */
public interface WorkItemProvider {

    List<WorkItems> workFor(Actor actor, LocalDate today);
}
