package se.hoglandet.platform.organisation;

/** An organisation was deactivated: its people can no longer sign in. */
public record OrganisationDeactivated(Long organisationId, String name, Long parentId, Long byPersonId) {}
