package se.hoglandet.platform.person;

/** Where the directory learnt of a person. The Keycloak sync deactivates only the people it brought. */
public enum PersonSource {
    /** First seen at a login (before the directory, or a login nobody announced). */
    LOGIN,
    /** Read from the Keycloak realm by the directory sync. */
    KEYCLOAK,
    /** Imported from a CSV file by the organisation's administrator (local accounts). */
    IMPORT,
    /** Added by hand by the organisation's administrator (local accounts). */
    MANUAL,
    /** Seeded in demo mode. */
    DEMO
}
