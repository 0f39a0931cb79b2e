package se.hoglandet.platform.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * One version of a legal assessment. Versions of the same assessment share a series; a decided version
 * (approved, approved with conditions, rejected) is frozen and a new version starts from a copy of it. An
 * assessment adopted from another organisation's records where it came from.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false, length = 36)
    private String seriesId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false, updatable = false)
    private AssessmentTemplate template;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private AssessmentType type;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String tool;

    @Column(name = "case_number", length = 60)
    private String caseNumber;

    @Column(nullable = false)
    private boolean secret;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private AssessmentStatus status;

    @Column(name = "review_round", nullable = false)
    private int reviewRound;

    @Column(length = 2000)
    private String conditions;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "review_reminded_on")
    private LocalDate reviewRemindedOn;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "adopted_from_id", updatable = false)
    private Long adoptedFromId;

    @Column(name = "predecessor_id", updatable = false)
    private Long predecessorId;

    @Column(name = "created_by_person_id", updatable = false)
    private Long createdByPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @MapKeyColumn(name = "question_key", length = 60)
    @Column(name = "answer", nullable = false, length = 4000)
    @BatchSize(size = 100)
    private Map<String, String> answers = new LinkedHashMap<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assessment_initiative", joinColumns = @JoinColumn(name = "assessment_id"))
    @Column(name = "initiative_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> initiativeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "assessment_risk", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Risk> risks = new ArrayList<>();

    protected Assessment() {}

    /** A first version (new or adopted). */
    Assessment(
            Organisation owner,
            AssessmentTemplate template,
            AssessmentDraft draft,
            Long adoptedFromId,
            Long createdByPersonId,
            Instant now,
            boolean demo) {
        super(owner, Visibility.PRIVATE);
        this.seriesId = UUID.randomUUID().toString();
        this.versionNumber = 1;
        this.template = template;
        this.type = template.type();
        this.adoptedFromId = adoptedFromId;
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.status = AssessmentStatus.DRAFT;
        this.demo = demo;
        write(draft, now);
    }

    /** The next version of a decided one: same series, same owner, a copy of its content, a draft again. */
    private Assessment(Assessment decided, Long createdByPersonId, Instant now) {
        super(decided.ownerOrganisation(), Visibility.PRIVATE);
        this.seriesId = decided.seriesId;
        this.versionNumber = decided.versionNumber + 1;
        this.template = decided.template;
        this.type = decided.type;
        this.adoptedFromId = decided.adoptedFromId;
        this.predecessorId = decided.id;
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.status = AssessmentStatus.DRAFT;
        this.demo = decided.demo;
        write(decided.asDraft(), now);
        replaceNamedOrganisations(decided.namedOrganisations());
        replaceParticipatingOrganisations(decided.participatingOrganisations());
    }

    Assessment nextVersion(Long createdByPersonId, Instant now) {
        if (!status.isDecided()) {
            throw new DomainValidationException(
                    "assessment.error.notDecided", "Only a decided version gets a successor");
        }
        return new Assessment(this, createdByPersonId, now);
    }

    /** Writes a draft; a version under review or decided cannot change. */
    void write(AssessmentDraft draft, Instant now) {
        if (status != AssessmentStatus.DRAFT) {
            throw new DomainValidationException("assessment.error.frozen", "Only a draft can be changed");
        }
        String newTitle = draft.title() == null ? "" : draft.title().strip();
        if (newTitle.isEmpty() || newTitle.length() > 200) {
            throw new DomainValidationException("assessment.error.title", "A title of at most 200 characters");
        }
        Map<String, String> accepted = template.definition().acceptedAnswers(draft.answers());
        if (!draft.risks().isEmpty() && !template.definition().riskRegister()) {
            throw new DomainValidationException(
                    "assessment.error.noRiskRegister", "This kind of assessment has no risk register");
        }
        if (draft.risks().size() > 100) {
            throw new DomainValidationException("assessment.error.tooManyRisks", "At most 100 risks");
        }
        this.title = newTitle;
        this.tool = optional(draft.tool(), 200);
        this.caseNumber = optional(draft.caseNumber(), 60);
        boolean wasSecret = secret;
        this.secret = draft.secret();
        try {
            changeVisibility(draft.visibility());
        } catch (DomainValidationException refused) {
            this.secret = wasSecret;
            throw refused;
        }
        this.answers.clear();
        this.answers.putAll(accepted);
        this.initiativeIds.clear();
        this.initiativeIds.addAll(draft.initiativeIds());
        this.risks.clear();
        this.risks.addAll(draft.risks());
        this.updatedAt = now;
    }

    /** The content as a draft, to start the next version or an adoption from. */
    public AssessmentDraft asDraft() {
        return new AssessmentDraft(
                title,
                tool,
                caseNumber,
                secret,
                visibility(),
                namedOrganisations().stream().map(Organisation::id).collect(java.util.stream.Collectors.toSet()),
                participatingOrganisations().stream()
                        .map(Organisation::id)
                        .collect(java.util.stream.Collectors.toSet()),
                initiativeIds,
                answers,
                risks);
    }

    @Override
    protected boolean isUnderSecrecy() {
        return secret;
    }

    void submit(Instant now) {
        if (status != AssessmentStatus.DRAFT) {
            throw new DomainValidationException("assessment.error.notDraft", "Only a draft can be sent for review");
        }
        List<TemplateDefinition.Question> unanswered = template.definition().unanswered(answers);
        if (!unanswered.isEmpty()) {
            // The message names the first question left open, so the author knows where to go.
            throw new DomainValidationException(
                    "assessment.error.unanswered",
                    "Unanswered: "
                            + unanswered.stream()
                                    .map(TemplateDefinition.Question::key)
                                    .toList(),
                    unanswered.getFirst().text(),
                    unanswered.size());
        }
        status = AssessmentStatus.IN_REVIEW;
        reviewRound++;
        updatedAt = now;
    }

    /** A rejected sign-off sends the assessment back to its author; this round's sign-offs no longer count. */
    void returnToDraft(Instant now) {
        status = AssessmentStatus.DRAFT;
        updatedAt = now;
    }

    void decide(
            AssessmentStatus outcome, String newConditions, LocalDate newReviewDate, String decidedBy, Instant now) {
        if (status != AssessmentStatus.IN_REVIEW) {
            throw new DomainValidationException(
                    "assessment.error.notInReview", "Only an assessment in review is decided");
        }
        if (!outcome.isDecided()) {
            throw new DomainValidationException(
                    "assessment.error.outcome", "Approve, approve with conditions or reject");
        }
        String trimmed = newConditions == null ? null : newConditions.strip();
        if (outcome == AssessmentStatus.APPROVED_WITH_CONDITIONS && (trimmed == null || trimmed.isEmpty())) {
            throw new DomainValidationException("assessment.error.conditions", "State the conditions");
        }
        if (trimmed != null && trimmed.length() > 2000) {
            throw new DomainValidationException(
                    "assessment.error.conditions", "Conditions are at most 2000 characters");
        }
        if (outcome.isApproved()
                && (newReviewDate == null
                        || !newReviewDate.isAfter(now.atZone(SwedishTime.ZONE).toLocalDate()))) {
            throw new DomainValidationException(
                    "assessment.error.reviewDate", "An approval needs a review date in the future");
        }
        status = outcome;
        conditions = outcome == AssessmentStatus.APPROVED_WITH_CONDITIONS ? trimmed : null;
        reviewDate = outcome.isApproved() ? newReviewDate : null;
        decidedAt = now;
        decidedByName = decidedBy;
        updatedAt = now;
    }

    /** The owner's assessors were told that the review date has passed (once per version). */
    void reviewReminded(LocalDate today) {
        reviewRemindedOn = today;
    }

    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new DomainValidationException("assessment.error.length", "At most " + max + " characters");
        }
        return trimmed;
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

    public AssessmentTemplate template() {
        return template;
    }

    public AssessmentType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String tool() {
        return tool;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public boolean secret() {
        return secret;
    }

    public AssessmentStatus status() {
        return status;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public String conditions() {
        return conditions;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public LocalDate reviewRemindedOn() {
        return reviewRemindedOn;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Long adoptedFromId() {
        return adoptedFromId;
    }

    public Long predecessorId() {
        return predecessorId;
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

    public Map<String, String> answers() {
        return Map.copyOf(answers);
    }

    public Set<Long> initiativeIds() {
        return Set.copyOf(initiativeIds);
    }

    public List<Risk> risks() {
        return List.copyOf(risks);
    }
}
