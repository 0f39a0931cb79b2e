package se.hoglandet.platform.guideline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three-way comparison of an adopter's version with the template it came from and the template's newest
 * version. A clause the template did not change is no change, whatever the adopter did; a change the adopter
 * already has (same content) or already answered is not offered again.
 */
final class UpstreamChanges {

    private UpstreamChanges() {}

    /**
     * @param answered keys of clauses whose change from {@code upstream} the adopter already took or declined
     */
    static List<UpstreamChange> between(Guideline base, Guideline upstream, Guideline local, Set<String> answered) {
        Map<String, GuidelineClause> before = base.clausesByKey();
        Map<String, GuidelineClause> after = upstream.clausesByKey();
        Map<String, GuidelineClause> mine = local.clausesByKey();
        List<UpstreamChange> changes = new ArrayList<>();
        after.forEach((key, clause) -> {
            ClauseContent b = content(before.get(key));
            ClauseContent u = clause.content();
            ClauseContent l = content(mine.get(key));
            if (Objects.equals(b, u) || Objects.equals(l, u) || answered.contains(key)) {
                return;
            }
            UpstreamChange.Kind kind = b == null ? UpstreamChange.Kind.ADDED : UpstreamChange.Kind.CHANGED;
            boolean conflict = b == null ? l != null : !Objects.equals(l, b);
            changes.add(new UpstreamChange(
                    key,
                    kind,
                    conflict,
                    b,
                    u,
                    l,
                    clause.section().key(),
                    clause.section().heading()));
        });
        before.forEach((key, clause) -> {
            ClauseContent l = content(mine.get(key));
            if (after.containsKey(key) || l == null || answered.contains(key)) {
                return;
            }
            boolean conflict = !l.equals(clause.content());
            changes.add(new UpstreamChange(
                    key,
                    UpstreamChange.Kind.REMOVED,
                    conflict,
                    clause.content(),
                    null,
                    l,
                    clause.section().key(),
                    clause.section().heading()));
        });
        return List.copyOf(changes);
    }

    private static ClauseContent content(GuidelineClause clause) {
        return clause == null ? null : clause.content();
    }
}
