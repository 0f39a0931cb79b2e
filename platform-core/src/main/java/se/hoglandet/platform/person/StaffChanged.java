package se.hoglandet.platform.person;

/**
 * An administrator edited or deactivated a person of the directory by hand: the identity module brings the local
 * account in line (name, e-mail, roles, enabled), since the account's roles are what a local login carries.
 */
public record StaffChanged(Long personId) {}
