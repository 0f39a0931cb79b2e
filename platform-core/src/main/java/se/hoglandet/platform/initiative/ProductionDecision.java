package se.hoglandet.platform.initiative;

import java.time.LocalDate;

/**
 * Moving into production needs a decision on record: who decided, when, and which risk and consequence analysis it
 * rests on (the guidelines require one before any AI service goes into production). Once legal assessments are in
 * the portal, the analysis must be an approved one there.
 */
public record ProductionDecision(String decidedBy, LocalDate decidedOn, String analysisReference) {}
