package se.hoglandet.platform.guideline;

import se.hoglandet.platform.shared.DomainValidationException;

/** What every clause must satisfy, wherever it comes from (the form, an upstream change, an import). */
final class ClauseRules {

    static final int MAX_TOPICS = 12;

    private ClauseRules() {}

    static void check(ClauseContent content) {
        if (content.kind() == null) {
            throw new DomainValidationException("guideline.error.kind", "Choose what kind of clause it is");
        }
        if (content.text().isEmpty() || content.text().length() > GuidelineClause.MAX_TEXT) {
            throw new DomainValidationException(
                    "guideline.error.text", "A clause text of 1–4000 characters", GuidelineClause.MAX_TEXT);
        }
        if (content.topics().size() > MAX_TOPICS) {
            throw new DomainValidationException(
                    "guideline.error.topics", "At most " + MAX_TOPICS + " topics", MAX_TOPICS);
        }
    }
}
