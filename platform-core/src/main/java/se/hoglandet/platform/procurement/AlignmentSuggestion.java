package se.hoglandet.platform.procurement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Several organisations' contracts in one category end within the chosen window: a joint procurement could replace
 * them. The suggested timeline lets the new contract start the day after the earliest of them ends, with the tender
 * published six months and the needs analysis twelve months before that.
 */
public record AlignmentSuggestion(
        ProcurementCategory category,
        List<ContractRow> contracts,
        Set<Long> organisationIds,
        LocalDate earliestEnd,
        LocalDate latestEnd) {

    public LocalDate suggestedContractStart() {
        return earliestEnd.plusDays(1);
    }

    public LocalDate suggestedTenderPublished() {
        return suggestedContractStart().minusMonths(6);
    }

    public LocalDate suggestedNeedsAnalysis() {
        return suggestedContractStart().minusMonths(12);
    }
}
