package se.hoglandet.platform.expertise;

/** Whether a person's offer to help other organisations is in force: their manager or administrator decides. */
public enum LendingStatus {
    /** Offers no hours to others. */
    NOT_OFFERED,
    /** Offers hours; waits for the manager's approval. */
    PENDING,
    APPROVED,
    DECLINED
}
