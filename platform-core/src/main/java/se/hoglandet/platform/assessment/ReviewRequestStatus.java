package se.hoglandet.platform.assessment;

/** An expert review request: open until the expert answers or declines, or the requester withdraws it. */
public enum ReviewRequestStatus {
    OPEN,
    ANSWERED,
    DECLINED,
    WITHDRAWN
}
