package se.hoglandet.platform.initiative;

import java.util.Set;

/**
 * The approved AI tools register as initiatives see it: only whether the tools they pick exist. Implemented by the
 * tool capability, which depends on initiatives (to show where a tool is used) and not the other way round.
 */
public interface ToolCatalogue {

    boolean allExist(Set<Long> toolIds);
}
