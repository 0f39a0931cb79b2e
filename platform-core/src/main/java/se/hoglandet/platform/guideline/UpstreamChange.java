package se.hoglandet.platform.guideline;

/**
 * One change the template made between the version an adopter came from ({@code base}) and its newest version
 * ({@code upstream}), with the adopter's own text ({@code local}) beside it: the three-way view. A change conflicts
 * when the adopter changed (or dropped) the same clause too; taking it then replaces the local text.
 *
 * @param base     the clause in the template version the adopter came from; {@code null} when upstream added it
 * @param upstream the clause in the newest template; {@code null} when upstream removed it
 * @param local    the adopter's clause; {@code null} when they do not have it
 */
public record UpstreamChange(
        String clauseKey,
        Kind kind,
        boolean conflict,
        ClauseContent base,
        ClauseContent upstream,
        ClauseContent local,
        String sectionKey,
        String sectionHeading) {

    public enum Kind {
        CHANGED,
        ADDED,
        REMOVED
    }
}
