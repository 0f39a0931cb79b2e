package se.hoglandet.platform.worklist;

import java.time.Instant;
import java.util.List;
import se.hoglandet.platform.shared.Actor;

/** What a capability contributes to "Nytt sedan ditt senaste besök": records readable to the actor, new since then. */
public interface NewItemsProvider {

    /** At most two queries (a count and the first few), applying the visibility rules in the query. */
    List<NewItems> newFor(Actor actor, Instant since);
}
