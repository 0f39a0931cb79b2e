package se.hoglandet.platform.procurement;

/** A procurement's phases, in order; it moves one phase at a time, and ENDED is final. */
public enum ProcurementPhase {
    NEEDS_ANALYSIS,
    MARKET_DIALOGUE,
    TENDER_PUBLISHED,
    EVALUATION,
    AWARDED,
    CONTRACT_ACTIVE,
    ENDED;

    public ProcurementPhase next() {
        return this == ENDED ? null : values()[ordinal() + 1];
    }

    /** Participants are named in the tender documents: nobody joins or comes back after publication. */
    public boolean isOpenForParticipants() {
        return ordinal() < TENDER_PUBLISHED.ordinal();
    }
}
