package se.hoglandet.platform.organisation;

/**
 * The current actor's own organisation's settings, and whether they may change them (its own ORG_ADMIN).
 *
 * @param lastSignerMayDecide separation of duties in legal assessments: may the person who gave a review round's
 *                            last required sign-off also take the decision?
 */
public record OrganisationSettings(
        Long organisationId, String organisationName, long version, boolean lastSignerMayDecide, boolean mayChange) {}
