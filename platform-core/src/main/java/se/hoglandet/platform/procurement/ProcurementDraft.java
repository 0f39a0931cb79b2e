package se.hoglandet.platform.procurement;

import java.util.Set;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.visibility.Visibility;

/** What the lead buyer describes; {@code participantIds} are the organisations invited when it is created. */
public record ProcurementDraft(
        String title,
        String description,
        ProcurementCategory category,
        ProcurementProcedure procedure,
        FrameworkMethod frameworkMethod,
        CollaborationLevel collaborationLevel,
        String contactName,
        String contactEmail,
        Visibility visibility,
        Set<Long> participantIds,
        Set<ProcurementLink> links) {

    public ProcurementDraft {
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
        links = links == null ? Set.of() : Set.copyOf(links);
    }
}
