package se.hoglandet.platform.tool;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.hoglandet.platform.initiative.DataClass;

/**
 * A tool with every organisation's decision on it, as the current actor may see it.
 *
 * @param mayEdit   whether the actor may change the shared facts
 * @param mayDecide whether the actor may take their own organisation's decision
 */
public record ToolDetail(AiTool tool, List<Decision> decisions, Decision own, boolean mayEdit, boolean mayDecide) {

    /**
     * One organisation's decision; {@code assessmentTitle} is null when the actor may not read the assessment
     * (the link is then not shown, only that one exists).
     */
    public record Decision(
            Long organisationId,
            String organisationName,
            ApprovalState state,
            Set<DataClass> dataClasses,
            Long assessmentId,
            String assessmentTitle,
            LocalDate validUntil,
            String note,
            String decidedByName,
            Instant decidedAt,
            Long approvalVersion) {}
}
