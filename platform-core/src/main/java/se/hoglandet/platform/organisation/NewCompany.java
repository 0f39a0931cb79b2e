package se.hoglandet.platform.organisation;

/**
 * What an administrator enters to add a company.
 *
 * @param municipalityId     the owning municipality
 * @param name               display name
 * @param organisationNumber optional, NNNNNN-NNNN
 */
public record NewCompany(Long municipalityId, String name, String organisationNumber) {}
