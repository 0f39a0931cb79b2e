package se.hoglandet.platform.searchable;

import java.util.Optional;
import java.util.Set;

/**
 * What the knowledge assistant asks the tools register before anything leaves the platform: the generative assistant
 * is a tool of the register ({@link #TOOL_KEY}) on which each organisation decides like on any other. Implemented by
 * the register; the search module, where the assistant lives, imports no capability.
 */
public interface AssistantToolApprovals {

    /** The register's stable key of the generative assistant. */
    String TOOL_KEY = "knowledge-assistant";

    /** The organisations whose approval of the generative assistant is in force today. */
    Set<Long> approvingOrganisations();

    /** The assistant's id in the register, for a link to its page. */
    Optional<Long> toolId();
}
