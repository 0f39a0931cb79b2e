package se.hoglandet.platform.guideline;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * One version of an organisation's AI guideline: sections of clauses, the workflow from draft to published, and
 * where it came from (the federation's template version it was adopted from). Versions of one guideline share a
 * series; a decided version is frozen and the next starts from a copy of it, clause keys and all. The aggregate's
 * version guards every edit of the guideline and of its sections and clauses (every edit touches the root).
 */
@Entity
@Table(name = "guideline")
public class Guideline extends ShareableRecord {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_CLAUSES = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false, length = 36)
    private String seriesId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    /** The federation's template (owned by the federation), which organisations adopt. */
    @Column(nullable = false, updatable = false)
    private boolean template;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private GuidelineStatus status;

    /** The template version this one's clauses were adopted from, or last brought up to date with. */
    @Column(name = "source_template_id")
    private Long sourceTemplateId;

    @Column(name = "predecessor_id", updatable = false)
    private Long predecessorId;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "diary_number", length = 60)
    private String diaryNumber;

    @Column(name = "decision_recorded_by", length = 200)
    private String decisionRecordedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "review_reminded_on")
    private LocalDate reviewRemindedOn;

    @Column(name = "created_by_person_id", updatable = false)
    private Long createdByPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @OneToMany(mappedBy = "guideline", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<GuidelineSection> sections = new ArrayList<>();

    protected Guideline() {}

    /** A first version: a new guideline of its own, or an adoption of {@code source} (a template version). */
    Guideline(Organisation owner, GuidelineDraft draft, Guideline source, Long createdBy, Instant now, boolean demo) {
        super(owner, Visibility.PRIVATE);
        this.seriesId = UUID.randomUUID().toString();
        this.versionNumber = 1;
        this.template = owner.kind() == OrganisationKind.FEDERATION;
        this.status = GuidelineStatus.DRAFT;
        this.createdByPersonId = createdBy;
        this.createdAt = now;
        this.demo = demo;
        write(draft, now);
        if (source != null) {
            adopt(source);
        }
    }

    /** The next version of a decided one: same series and owner, a copy of its content, a draft again. */
    private Guideline(Guideline decided, Long createdBy, Instant now) {
        super(decided.ownerOrganisation(), decided.draftVisibility());
        this.seriesId = decided.seriesId;
        this.versionNumber = decided.versionNumber + 1;
        this.template = decided.template;
        this.title = decided.title;
        this.summary = decided.summary;
        this.status = GuidelineStatus.DRAFT;
        this.sourceTemplateId = decided.sourceTemplateId;
        this.predecessorId = decided.id;
        this.createdByPersonId = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.demo = decided.demo;
        replaceNamedOrganisations(decided.namedOrganisations());
        replaceParticipatingOrganisations(decided.participatingOrganisations());
        copyContentOf(decided);
    }

    Guideline nextVersion(Long createdBy, Instant now) {
        if (!status.isDecided()) {
            throw new DomainValidationException("guideline.error.notDecided", "Only a decided version is continued");
        }
        return new Guideline(this, createdBy, now);
    }

    /** The next version of this guideline with the template's content instead of its own (a later adoption). */
    Guideline nextVersionAdopting(Guideline source, Long createdBy, Instant now) {
        Guideline next = nextVersion(createdBy, now);
        next.sections.clear();
        next.adopt(source);
        return next;
    }

    private void adopt(Guideline source) {
        if (!source.template || source.status != GuidelineStatus.PUBLISHED) {
            throw new DomainValidationException(
                    "guideline.error.adoptPublishedTemplate", "Only the federation's published template is adopted");
        }
        copyContentOf(source);
        this.sourceTemplateId = source.id;
    }

    /** A decided version's readers carry over to the next draft; a published one's draft starts private again. */
    private Visibility draftVisibility() {
        return visibility() == Visibility.PUBLIC ? Visibility.PRIVATE : visibility();
    }

    private void copyContentOf(Guideline other) {
        for (GuidelineSection section : other.sections) {
            GuidelineSection copy = new GuidelineSection(this, section.key(), section.heading(), sections.size());
            sections.add(copy);
            for (GuidelineClause clause : section.clauseList()) {
                copy.clauseList()
                        .add(new GuidelineClause(
                                copy,
                                clause.key(),
                                clause.content(),
                                copy.clauseList().size()));
            }
        }
    }

    // ---- the writers' edits (drafts only) ---------------------------------------------------------------------

    void write(GuidelineDraft draft, Instant now) {
        requireDraft();
        String newTitle = Texts.required(draft.title(), MAX_TITLE, "guideline.error.title");
        String newSummary = Texts.optional(draft.summary(), MAX_SUMMARY, "guideline.error.summary");
        if (draft.visibility() == Visibility.PUBLIC) {
            throw new DomainValidationException(
                    "guideline.error.publicOnlyPublished", "Only a published version is public");
        }
        changeVisibility(draft.visibility());
        this.title = newTitle;
        this.summary = newSummary;
        touch(now);
    }

    String addSection(SectionDraft draft, Instant now) {
        requireDraft();
        String key = Keys.newKey("s");
        sections.add(new GuidelineSection(this, key, draft.heading(), sections.size()));
        touch(now);
        return key;
    }

    void renameSection(String sectionKey, SectionDraft draft, Instant now) {
        requireDraft();
        section(sectionKey).rename(draft.heading());
        touch(now);
    }

    /** Removes a section; one that still holds clauses is refused, so no clause is lost by accident. */
    void removeSection(String sectionKey, Instant now) {
        requireDraft();
        GuidelineSection section = section(sectionKey);
        if (!section.clauseList().isEmpty()) {
            throw new DomainValidationException(
                    "guideline.error.sectionNotEmpty", "Move or remove the section's clauses first");
        }
        sections.remove(section);
        renumberSections();
        touch(now);
    }

    String addClause(ClauseDraft draft, Instant now) {
        requireDraft();
        String key = Keys.newKey("c");
        insertClause(section(draft.sectionKey()), key, draft.content());
        touch(now);
        return key;
    }

    /** Changes a clause; given another section, the clause moves to the end of it. */
    void updateClause(String clauseKey, ClauseDraft draft, Instant now) {
        requireDraft();
        GuidelineClause clause = clause(clauseKey);
        ClauseRules.check(draft.content());
        GuidelineSection target = section(draft.sectionKey());
        if (!target.equals(clause.section())) {
            clause.section().clauseList().remove(clause);
            clause.section().renumber();
            target.clauseList().add(clause);
            clause.moveTo(target, target.clauseList().size() - 1);
        }
        clause.write(draft.content());
        touch(now);
    }

    void removeClause(String clauseKey, Instant now) {
        requireDraft();
        GuidelineClause clause = clause(clauseKey);
        clause.section().clauseList().remove(clause);
        clause.section().renumber();
        touch(now);
    }

    /** Moves a clause one place up or down within its section; at the edge nothing moves. */
    void moveClause(String clauseKey, boolean up, Instant now) {
        requireDraft();
        GuidelineClause clause = clause(clauseKey);
        List<GuidelineClause> list = clause.section().clauseList();
        int from = list.indexOf(clause);
        int to = up ? from - 1 : from + 1;
        if (to >= 0 && to < list.size()) {
            list.set(from, list.get(to));
            list.set(to, clause);
            clause.section().renumber();
        }
        touch(now);
    }

    // ---- upstream changes of the template (drafts only) -------------------------------------------------------

    /** Takes the template's version of a clause: changes it, adds it (in its section, made if missing) or removes it. */
    void takeUpstream(String clauseKey, ClauseContent upstream, String sectionKey, String sectionHeading, Instant now) {
        requireDraft();
        Optional<GuidelineClause> local = findClause(clauseKey);
        if (upstream == null) {
            local.ifPresent(clause -> {
                clause.section().clauseList().remove(clause);
                clause.section().renumber();
            });
        } else if (local.isPresent()) {
            local.get().write(upstream);
        } else {
            GuidelineSection section = findSection(sectionKey).orElseGet(() -> {
                GuidelineSection made = new GuidelineSection(this, sectionKey, sectionHeading, sections.size());
                sections.add(made);
                return made;
            });
            insertClause(section, clauseKey, upstream);
        }
        touch(now);
    }

    /** Every upstream change of {@code template} is answered: from now on the marks compare with it. */
    void broughtUpTo(Guideline templateVersion, Instant now) {
        requireDraft();
        this.sourceTemplateId = templateVersion.id;
        touch(now);
    }

    /** Replaces every section and clause with imported ones (keys kept as given). */
    void replaceContent(List<GuidelineJson.ContentSection> content, Instant now) {
        requireDraft();
        sections.clear();
        for (GuidelineJson.ContentSection imported : content) {
            GuidelineSection section = new GuidelineSection(this, imported.key(), imported.heading(), sections.size());
            sections.add(section);
            imported.clauses().forEach(c -> insertClause(section, c.key(), c.content()));
        }
        this.sourceTemplateId = null;
        touch(now);
    }

    private void insertClause(GuidelineSection section, String key, ClauseContent content) {
        ClauseRules.check(content);
        if (clauseCount() >= MAX_CLAUSES) {
            throw new DomainValidationException(
                    "guideline.error.tooManyClauses", "At most " + MAX_CLAUSES + " clauses", MAX_CLAUSES);
        }
        section.clauseList()
                .add(new GuidelineClause(
                        section, key, content, section.clauseList().size()));
    }

    // ---- the workflow -----------------------------------------------------------------------------------------

    void submit(Instant now) {
        requireDraft();
        if (clauseCount() == 0) {
            throw new DomainValidationException("guideline.error.empty", "A guideline needs at least one clause");
        }
        status = GuidelineStatus.IN_REVIEW;
        touch(now);
    }

    /** Back from review to the writers, to work the comments in. */
    void returnToDraft(Instant now) {
        requireStatus(GuidelineStatus.IN_REVIEW);
        status = GuidelineStatus.DRAFT;
        touch(now);
    }

    void decide(DecisionDraft decision, String recordedBy, LocalDate today, Instant now) {
        requireStatus(GuidelineStatus.IN_REVIEW);
        String body = Texts.required(decision.decidedBy(), 200, "guideline.error.decidedBy");
        String diary = Texts.optional(decision.diaryNumber(), 60, "guideline.error.diaryNumber");
        LocalDate on = decision.decidedOn();
        if (on == null || on.isAfter(today)) {
            throw new DomainValidationException("guideline.error.decidedOn", "A decision day, not in the future");
        }
        LocalDate review = decision.reviewDate() == null ? on.plusYears(1) : decision.reviewDate();
        if (!review.isAfter(on)) {
            throw new DomainValidationException(
                    "guideline.error.reviewDate", "The review date comes after the decision");
        }
        this.status = GuidelineStatus.DECIDED;
        this.decidedBy = body;
        this.decidedOn = on;
        this.diaryNumber = diary;
        this.reviewDate = review;
        this.decisionRecordedBy = recordedBy;
        touch(now);
    }

    /** A decided version becomes a public document. */
    void publish(Instant now) {
        requireStatus(GuidelineStatus.DECIDED);
        status = GuidelineStatus.PUBLISHED;
        publishedAt = now;
        changeVisibility(Visibility.PUBLIC);
        touch(now);
    }

    /** A newer version of the series was published: this one stays readable as history. */
    void supersede(Instant now) {
        if (status == GuidelineStatus.PUBLISHED) {
            status = GuidelineStatus.SUPERSEDED;
            touch(now);
        }
    }

    /** The owner's writers were told the review date is near (once per version). */
    void reviewReminded(LocalDate today) {
        reviewRemindedOn = today;
    }

    private void requireDraft() {
        if (status != GuidelineStatus.DRAFT) {
            throw new DomainValidationException("guideline.error.frozen", "Only a draft can be changed");
        }
    }

    private void requireStatus(GuidelineStatus wanted) {
        if (status != wanted) {
            throw new DomainValidationException(
                    "guideline.error.status." + wanted.name(), "The guideline is " + status + ", not " + wanted);
        }
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    private void renumberSections() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).placeAt(i);
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    GuidelineSection section(String key) {
        return findSection(key)
                .orElseThrow(() -> new DomainValidationException("guideline.error.section", "No such section"));
    }

    Optional<GuidelineSection> findSection(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    GuidelineClause clause(String key) {
        return findClause(key)
                .orElseThrow(() -> new DomainValidationException("guideline.error.clause", "No such clause"));
    }

    public Optional<GuidelineClause> findClause(String key) {
        return sections.stream()
                .flatMap(s -> s.clauseList().stream())
                .filter(c -> c.key().equals(key))
                .findFirst();
    }

    /** Every clause in reading order, by key. */
    public Map<String, GuidelineClause> clausesByKey() {
        Map<String, GuidelineClause> all = new LinkedHashMap<>();
        sections.forEach(s -> s.clauseList().forEach(c -> all.put(c.key(), c)));
        return all;
    }

    public int clauseCount() {
        return sections.stream().mapToInt(s -> s.clauseList().size()).sum();
    }

    public List<GuidelineSection> sections() {
        return List.copyOf(sections);
    }

    public Long id() {
        return id;
    }

    public String seriesId() {
        return seriesId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public boolean isTemplate() {
        return template;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public GuidelineStatus status() {
        return status;
    }

    public Long sourceTemplateId() {
        return sourceTemplateId;
    }

    public Long predecessorId() {
        return predecessorId;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String diaryNumber() {
        return diaryNumber;
    }

    public String decisionRecordedBy() {
        return decisionRecordedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public LocalDate reviewRemindedOn() {
        return reviewRemindedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    /** The metadata as a draft, for the form. */
    public GuidelineDraft draft() {
        return new GuidelineDraft(
                title,
                summary,
                visibility(),
                namedOrganisations().stream().map(Organisation::id).collect(java.util.stream.Collectors.toSet()),
                participatingOrganisations().stream()
                        .map(Organisation::id)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}
