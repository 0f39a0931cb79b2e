package se.hoglandet.platform.procurement;

/**
 * An organisation's part in a joint procurement: interested → mandate given → committed → call-off registered, or
 * declined. It moves forward (a step may be skipped: committing implies the mandate); a call-off is registered once
 * the contract is active; declining is possible until then, and coming back only before the tender is published.
 */
public enum ParticipantStatus {
    INTERESTED,
    MANDATE_GIVEN,
    COMMITTED,
    CALL_OFF_REGISTERED,
    DECLINED
}
