package se.hoglandet.platform.incident;

/**
 * An incident was reported: the owner organisation's handlers are to be told at once, and the federation's incident
 * mailbox too when {@code tellFederation}.
 */
public record IncidentReported(
        Long incidentId,
        Long organisationId,
        String title,
        Long reporterPersonId,
        boolean personalData,
        boolean tellFederation) {}
