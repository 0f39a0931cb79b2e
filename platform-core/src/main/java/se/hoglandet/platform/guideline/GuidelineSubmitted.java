package se.hoglandet.platform.guideline;

/** A guideline version was sent for review: the owner's reviewers are asked to comment. */
public record GuidelineSubmitted(Long guidelineId, Long ownerOrganisationId, String title, Long byPersonId) {}
