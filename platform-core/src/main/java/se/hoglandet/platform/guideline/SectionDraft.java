package se.hoglandet.platform.guideline;

/** A section's heading, e.g. "Tillåten användning". */
public record SectionDraft(String heading) {}
