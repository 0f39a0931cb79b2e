package se.hoglandet.platform.maturity;

public enum ResponseStatus {
    INVITED,
    STARTED,
    SUBMITTED
}
