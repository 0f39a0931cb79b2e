package se.hoglandet.platform.tool;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.ToolCatalogue;

/** Initiatives pick tools from the register: only registered ones. */
@Component
class RegisteredTools implements ToolCatalogue {

    private final ToolRepository tools;

    RegisteredTools(ToolRepository tools) {
        this.tools = tools;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allExist(Set<Long> toolIds) {
        return toolIds.isEmpty() || tools.countByIdIn(toolIds) == toolIds.size();
    }
}
