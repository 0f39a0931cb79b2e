package se.hoglandet.platform.expertise;

/** Where a request for help stands: the expert's manager approves or declines it; approved help is given. */
public enum HelpStatus {
    REQUESTED,
    APPROVED,
    DECLINED
}
