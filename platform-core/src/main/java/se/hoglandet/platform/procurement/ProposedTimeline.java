package se.hoglandet.platform.procurement;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The planned dates of a joint procurement, worked back from when the new contract is to start: the needs analysis
 * a year before and the tender published half a year before — never before today, since nobody can plan in the
 * past (a start too close gives a shorter needs analysis, not a date that has gone).
 */
public record ProposedTimeline(LocalDate needsAnalysis, LocalDate tenderPublished, LocalDate contractStart) {

    /** Months from the start of the needs analysis to the new contract's start. */
    public static final int LEAD_MONTHS = 12;
    /** Months from publishing the tender to the new contract's start. */
    public static final int TENDER_MONTHS_BEFORE_START = 6;

    /** The dates for a contract that starts on {@code contractStart}, none before {@code today}. */
    public static ProposedTimeline before(LocalDate contractStart, LocalDate today) {
        return new ProposedTimeline(
                latest(contractStart.minusMonths(LEAD_MONTHS), today),
                latest(contractStart.minusMonths(TENDER_MONTHS_BEFORE_START), today),
                contractStart);
    }

    /** The earliest start that leaves the whole lead time from today. */
    public static LocalDate earliestFullLeadStart(LocalDate today) {
        return today.plusMonths(LEAD_MONTHS);
    }

    /** The dates as a plan per phase, as {@link ProcurementService#create} takes them. */
    public Map<ProcurementPhase, LocalDate> asPlan() {
        Map<ProcurementPhase, LocalDate> plan = new EnumMap<>(ProcurementPhase.class);
        plan.put(ProcurementPhase.NEEDS_ANALYSIS, needsAnalysis);
        plan.put(ProcurementPhase.TENDER_PUBLISHED, tenderPublished);
        plan.put(ProcurementPhase.CONTRACT_ACTIVE, contractStart);
        return plan;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
