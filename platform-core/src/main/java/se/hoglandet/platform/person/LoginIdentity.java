package se.hoglandet.platform.person;

/**
 * What the identity provider says about a person at login.
 *
 * @param subject          provider-prefixed stable subject
 * @param displayName      the person's name
 * @param email            may be {@code null}
 * @param organisationCode the {@code organisation} attribute: the organisation's stable code
 */
public record LoginIdentity(String subject, String displayName, String email, String organisationCode) {}
