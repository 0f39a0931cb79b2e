package se.hoglandet.platform.tool;

/** An organisation's stand on a tool, as of a day. */
public enum ApprovalState {
    /** Approved, and the approval has not run out. */
    APPROVED,
    /** Was approved; the validity has passed and the organisation has to decide again. */
    EXPIRED,
    /** Decided against (with a reason). */
    NOT_APPROVED,
    /** The organisation has not taken a stand. */
    NOT_DECIDED;

    public boolean allowsUse() {
        return this == APPROVED;
    }
}
