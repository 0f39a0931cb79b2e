package se.hoglandet.platform.person;

import java.util.List;

/**
 * The port through which the directory sync reads every user of the identity provider (the identity module
 * implements it for Keycloak). Throws when the provider cannot be read: the sync then changes nothing.
 */
public interface DirectoryReader {

    /** Every user the provider knows, with the subject their login will carry. */
    List<DirectoryEntry> readAll();

    /** The prefix of the subjects this provider's logins carry, e.g. {@code keycloak:}: the people the sync owns. */
    String subjectPrefix();
}
