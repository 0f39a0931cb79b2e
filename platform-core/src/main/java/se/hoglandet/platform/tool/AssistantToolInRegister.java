package se.hoglandet.platform.tool;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.searchable.AssistantToolApprovals;
import se.hoglandet.platform.shared.SwedishTime;

/** The register's answer on the generative assistant: the tool with its key, and who approved it as of today. */
@Component
class AssistantToolInRegister implements AssistantToolApprovals {

    private final ToolRepository tools;
    private final ToolApprovalRepository approvals;
    private final Clock clock;

    AssistantToolInRegister(ToolRepository tools, ToolApprovalRepository approvals, Clock clock) {
        this.tools = tools;
        this.approvals = approvals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> approvingOrganisations() {
        return approvals.organisationsApproving(TOOL_KEY, LocalDate.now(clock.withZone(SwedishTime.ZONE)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> toolId() {
        return tools.findIdBySystemKey(TOOL_KEY);
    }
}
