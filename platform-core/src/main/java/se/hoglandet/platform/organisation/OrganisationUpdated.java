package se.hoglandet.platform.organisation;

/**
 * Something about an organisation changed (added, renamed, deactivated, reactivated). Listeners that keep a copy,
 * such as the search index, reload it from the database: the event carries only the id, so replaying it is safe.
 */
public record OrganisationUpdated(Long organisationId) {}
