package se.hoglandet.platform.guideline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an adopter's version differs from the template version it came from, clause by clause (by key): changed,
 * added locally, or dropped. The marks on the adopter's page.
 *
 * @param marks   the local version's clauses that differ from the template's, by key
 * @param dropped keys of template clauses the local version no longer has, in the template's order
 */
public record LocalChanges(Map<String, Mark> marks, List<String> dropped) {

    public enum Mark {
        /** The template has the clause with other content. */
        CHANGED,
        /** The template has no such clause. */
        ADDED
    }

    public LocalChanges {
        marks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        dropped = List.copyOf(dropped);
    }

    public static LocalChanges none() {
        return new LocalChanges(Map.of(), List.of());
    }

    static LocalChanges between(Guideline template, Guideline local) {
        Map<String, GuidelineClause> base = template.clausesByKey();
        Map<String, Mark> marks = new LinkedHashMap<>();
        local.clausesByKey().forEach((key, clause) -> {
            GuidelineClause original = base.get(key);
            if (original == null) {
                marks.put(key, Mark.ADDED);
            } else if (!original.content().equals(clause.content())) {
                marks.put(key, Mark.CHANGED);
            }
        });
        List<String> dropped = base.keySet().stream()
                .filter(key -> local.findClause(key).isEmpty())
                .toList();
        return new LocalChanges(marks, dropped);
    }
}
