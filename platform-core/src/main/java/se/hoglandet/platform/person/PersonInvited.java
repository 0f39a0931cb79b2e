package se.hoglandet.platform.person;

/**
 * A person was added to the directory by their organisation's administrator (by hand or by import) and is to get a
 * local account and an invitation to set a password. The identity module listens.
 */
public record PersonInvited(Long personId) {}
