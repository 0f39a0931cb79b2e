package se.hoglandet.platform.guideline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;

/**
 * The sections and clauses of a draft, edited by the owner organisation's writers. Every edit is made against the
 * version of the guideline the writer read (a stale edit is refused, never merged) and is audited with the clause
 * or section it touched.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineContentService {

    private final Guidelines guidelines;

    GuidelineContentService(Guidelines guidelines) {
        this.guidelines = guidelines;
    }

    @GuidelineWriters
    @Transactional
    public Guideline addSection(Long id, long expectedVersion, SectionDraft draft) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        String key = guideline.addSection(draft, guidelines.clock().instant());
        return guidelines.saved(
                guideline, "SECTION_ADDED", AuditChange.of("section", null, key + " " + draft.heading()));
    }

    @GuidelineWriters
    @Transactional
    public Guideline renameSection(Long id, long expectedVersion, String sectionKey, SectionDraft draft) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        String before = guideline.section(sectionKey).heading();
        guideline.renameSection(sectionKey, draft, guidelines.clock().instant());
        return guidelines.saved(guideline, "SECTION_RENAMED", AuditChange.of(sectionKey, before, draft.heading()));
    }

    /** Removes an empty section. */
    @GuidelineWriters
    @Transactional
    public Guideline removeSection(Long id, long expectedVersion, String sectionKey) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        String heading = guideline.section(sectionKey).heading();
        guideline.removeSection(sectionKey, guidelines.clock().instant());
        return guidelines.saved(guideline, "SECTION_REMOVED", AuditChange.of(sectionKey, heading, null));
    }

    @GuidelineWriters
    @Transactional
    public Guideline addClause(Long id, long expectedVersion, ClauseDraft draft) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        guidelines.checkTopics(draft.topics());
        String key = guideline.addClause(draft, guidelines.clock().instant());
        return guidelines.saved(guideline, "CLAUSE_ADDED", AuditChange.of(key, null, draft.text()));
    }

    @GuidelineWriters
    @Transactional
    public Guideline updateClause(Long id, long expectedVersion, String clauseKey, ClauseDraft draft) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        guidelines.checkTopics(draft.topics());
        ClauseContent before = guideline.clause(clauseKey).content();
        guideline.updateClause(clauseKey, draft, guidelines.clock().instant());
        ClauseContent after = guideline.clause(clauseKey).content();
        return guidelines.saved(
                guideline,
                "CLAUSE_CHANGED",
                AuditChange.of(clauseKey, before.text(), after.text()),
                AuditChange.of(clauseKey + ".kind", before.kind(), after.kind()),
                AuditChange.of(clauseKey + ".topics", before.topics(), after.topics()),
                AuditChange.of(clauseKey + ".control", before.control(), after.control()));
    }

    @GuidelineWriters
    @Transactional
    public Guideline removeClause(Long id, long expectedVersion, String clauseKey) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        String text = guideline.clause(clauseKey).text();
        guideline.removeClause(clauseKey, guidelines.clock().instant());
        return guidelines.saved(guideline, "CLAUSE_REMOVED", AuditChange.of(clauseKey, text, null));
    }

    /** Moves a clause one place up (or down) in its section. */
    @GuidelineWriters
    @Transactional
    public Guideline moveClause(Long id, long expectedVersion, String clauseKey, boolean up) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        guideline.moveClause(clauseKey, up, guidelines.clock().instant());
        return guidelines.saved(guideline, "CLAUSE_MOVED", AuditChange.of(clauseKey, null, up ? "up" : "down"));
    }
}
