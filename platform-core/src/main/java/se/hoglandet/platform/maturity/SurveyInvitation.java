package se.hoglandet.platform.maturity;

/** A person was invited to (or reminded of) a maturity survey. */
public record SurveyInvitation(Long cycleId, String cycleName, Long personId, boolean reminder) {}
