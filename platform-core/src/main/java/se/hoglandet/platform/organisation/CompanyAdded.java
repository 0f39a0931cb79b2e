package se.hoglandet.platform.organisation;

/** A municipality got a new company in the portal. Published in the transaction that added it. */
public record CompanyAdded(Long organisationId, String name, Long municipalityId, Long byPersonId) {}
