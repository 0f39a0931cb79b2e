package se.hoglandet.platform.procurement;

import java.util.List;
import java.util.Map;

/**
 * A procurement with everything its page shows, and what the reader may do: lead (the lead buyer's procurement
 * staff), take part (their organisation's participant row, if any), join (before the tender is published). The
 * flags follow the rules the service enforces on the actions.
 *
 * @param linkTitles                   titles of the linked initiatives, tools and assessments the reader may read,
 *                                     by link
 * @param changeableParticipantIds     participant rows the reader may change (all for the lead, else their own)
 * @param supportedByMyOrganisation    requirements the reader's organisation supports
 */
public record ProcurementDetail(
        Procurement procurement,
        List<Participant> participants,
        List<PhaseStep> phases,
        List<Requirement> requirements,
        Map<Long, List<RequirementComment>> comments,
        Map<ProcurementLink, String> linkTitles,
        boolean mayLead,
        Participant mine,
        boolean mayJoin,
        boolean mayWriteRequirements,
        java.util.Set<Long> changeableParticipantIds,
        java.util.Set<Long> supportedByMyOrganisation) {}
