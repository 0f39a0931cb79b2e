package se.hoglandet.platform.guideline;

import java.time.LocalDate;

/**
 * The decision on a version as the organisation's administrator records it: the body that decided (e.g.
 * kommunstyrelsen or a nämnd), the day, the diary number, and when the guideline is next to be reviewed (empty:
 * one year after the decision).
 */
public record DecisionDraft(String decidedBy, LocalDate decidedOn, String diaryNumber, LocalDate reviewDate) {}
