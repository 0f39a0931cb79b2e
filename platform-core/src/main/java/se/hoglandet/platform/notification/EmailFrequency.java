package se.hoglandet.platform.notification;

/** How often a person gets e-mail of one kind: at once, or gathered in a daily or weekly digest. */
public enum EmailFrequency {
    IMMEDIATE,
    DAILY,
    WEEKLY
}
