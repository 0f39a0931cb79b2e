package se.hoglandet.platform.organisation;

/**
 * An edit of an organisation's name and number, made against the version the user saw.
 *
 * @param expectedVersion the version the user opened; a newer one in the database means someone else saved first
 */
public record OrganisationChange(Long organisationId, long expectedVersion, String name, String organisationNumber) {}
