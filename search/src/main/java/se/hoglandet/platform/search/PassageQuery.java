package se.hoglandet.platform.search;

import java.util.Set;

/**
 * A question for the passage index: the text, whose eyes it is for, and — when the passages are to leave the
 * platform for an external model — which owners approved that model.
 *
 * @param leavingApprovedBy null when the passages stay in the platform (every passage the scope reads); otherwise
 *                          only passages that may leave: of a PUBLIC or FEDERATION record, or of a record whose
 *                          owner organisation is in this set, and never of a confidential record
 * @param size              how many passages at most
 */
public record PassageQuery(String text, SearchScope scope, Set<Long> leavingApprovedBy, int size) {

    public PassageQuery {
        text = text == null ? "" : text.strip();
        leavingApprovedBy = leavingApprovedBy == null ? null : Set.copyOf(leavingApprovedBy);
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("Size must be 1–100");
        }
    }

    /** Passages the scope reads, staying in the platform. */
    public static PassageQuery reading(String text, SearchScope scope, int size) {
        return new PassageQuery(text, scope, null, size);
    }

    /** Passages the scope reads that may also leave the platform for a model these owners approved. */
    public PassageQuery leaving(Set<Long> approvedBy) {
        return new PassageQuery(text, scope, approvedBy, size);
    }

    public boolean isLeaving() {
        return leavingApprovedBy != null;
    }
}
