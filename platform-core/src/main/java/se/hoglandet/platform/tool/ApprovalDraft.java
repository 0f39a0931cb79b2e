package se.hoglandet.platform.tool;

import java.time.LocalDate;
import java.util.Set;
import se.hoglandet.platform.initiative.DataClass;

/**
 * An organisation's decision on a tool: approved for which classes of data, under which approved assessment, until
 * when; or not approved, with the reason in {@code note}.
 */
public record ApprovalDraft(
        boolean approved, Set<DataClass> dataClasses, Long assessmentId, LocalDate validUntil, String note) {

    public ApprovalDraft {
        dataClasses = dataClasses == null ? Set.of() : Set.copyOf(dataClasses);
    }
}
