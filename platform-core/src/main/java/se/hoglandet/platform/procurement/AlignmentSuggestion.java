package se.hoglandet.platform.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Several organisations' contracts in one category end within the chosen window: a joint procurement could replace
 * them. The new contract is suggested to start the day after the earliest of them ends — or, when a full year's lead
 * time no longer fits before that, a year from today (the earliest contract then needs an option or a bridge). The
 * timeline works back from that start and never advises a date before today.
 *
 * @param today the day the suggestion was made (Swedish time)
 */
public record AlignmentSuggestion(
        ProcurementCategory category,
        List<ContractRow> contracts,
        Set<Long> organisationIds,
        LocalDate earliestEnd,
        LocalDate latestEnd,
        LocalDate today) {

    public LocalDate suggestedContractStart() {
        LocalDate dayAfterEarliest = earliestEnd.plusDays(1);
        LocalDate fullLead = ProposedTimeline.earliestFullLeadStart(today);
        return dayAfterEarliest.isBefore(fullLead) ? fullLead : dayAfterEarliest;
    }

    /** Whether the earliest contract ends before a new one can start: it needs an option or a bridge. */
    public boolean startsAfterEarliestEnd() {
        return suggestedContractStart().isAfter(earliestEnd.plusDays(1));
    }

    public ProposedTimeline timeline() {
        return ProposedTimeline.before(suggestedContractStart(), today);
    }

    public LocalDate suggestedTenderPublished() {
        return timeline().tenderPublished();
    }

    public LocalDate suggestedNeedsAnalysis() {
        return timeline().needsAnalysis();
    }
}
