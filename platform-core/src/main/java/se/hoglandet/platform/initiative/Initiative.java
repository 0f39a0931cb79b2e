package se.hoglandet.platform.initiative;

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
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Tags;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * An AI initiative or pilot, described the way public algorithm registers describe them (the Dutch
 * Algoritmeregister is the model): what it is for, which data and tools it uses, who oversees it, how residents
 * are told, and its AI Act profile. Status and collaboration level change only through the service's actions.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends ShareableRecord {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(length = 2000)
    private String purpose;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private Area area;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ai_type", nullable = false, length = 30)
    private AiType aiType;

    @Column(length = 500)
    private String tools;

    @Column(length = 200)
    private String supplier;

    @Column(name = "data_used", length = 1000)
    private String dataUsed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "data_class", nullable = false, length = 30)
    private DataClass dataClass;

    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    @Column(name = "human_oversight", length = 1000)
    private String humanOversight;

    @Column(length = 1000)
    private String transparency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ai_act_role", nullable = false, length = 20)
    private AiActRole aiActRole;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "risk_group", nullable = false, length = 20)
    private RiskGroup riskGroup;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 200)
    private String budget;

    @Column(length = 1000)
    private String links;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_tag", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "tag", nullable = false, length = 60)
    @BatchSize(size = 100)
    private Set<String> tags = new TreeSet<>();

    /** Tools of the approved AI tools register that the initiative uses. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_tool", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "tool_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> toolIds = new java.util.HashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status;

    @Column(name = "collaboration_level", nullable = false)
    private CollaborationLevel collaborationLevel;

    @Column(name = "public_fields", nullable = false, length = 500)
    private String publicFields;

    @Column(name = "production_decided_by", length = 200)
    private String productionDecidedBy;

    @Column(name = "production_decided_on")
    private LocalDate productionDecidedOn;

    @Column(name = "production_analysis", length = 300)
    private String productionAnalysis;

    @Column(name = "created_by_person_id", updatable = false)
    private Long createdByPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    protected Initiative() {}

    Initiative(
            Organisation owner,
            Visibility visibility,
            InitiativeDetails details,
            CollaborationLevel level,
            Long createdByPersonId,
            Instant now,
            boolean demo) {
        super(owner, visibility);
        describe(details);
        this.status = InitiativeStatus.IDEA;
        this.collaborationLevel = Objects.requireNonNull(level, "level");
        this.publicFields = PublicField.join(PublicField.defaults());
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.updatedAt = now;
        this.demo = demo;
    }

    /** Replaces the description as a whole, after checking all of it. */
    void describe(InitiativeDetails d) {
        String newTitle = required(d.title(), 200, "initiative.error.title");
        String newSummary = required(d.summary(), 500, "initiative.error.summary");
        if (d.area() == null
                || d.aiType() == null
                || d.dataClass() == null
                || d.aiActRole() == null
                || d.riskGroup() == null) {
            throw new DomainValidationException(
                    "initiative.error.classification", "Area, type, data class and AI Act profile are required");
        }
        String email = optional(d.contactEmail(), 254, "initiative.error.contactEmail");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new DomainValidationException("initiative.error.contactEmail", "Not an e-mail address");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new DomainValidationException("initiative.error.dates", "The end date is before the start date");
        }
        Set<String> newTags = Tags.normalise(d.tags());
        this.title = newTitle;
        this.summary = newSummary;
        this.purpose = optional(d.purpose(), 2000, "initiative.error.length");
        this.contactName = optional(d.contactName(), 200, "initiative.error.length");
        this.contactEmail = email;
        this.area = d.area();
        this.aiType = d.aiType();
        this.tools = optional(d.tools(), 500, "initiative.error.length");
        this.supplier = optional(d.supplier(), 200, "initiative.error.length");
        this.dataUsed = optional(d.dataUsed(), 1000, "initiative.error.length");
        this.dataClass = d.dataClass();
        this.legalBasis = optional(d.legalBasis(), 1000, "initiative.error.length");
        this.humanOversight = optional(d.humanOversight(), 1000, "initiative.error.length");
        this.transparency = optional(d.transparency(), 1000, "initiative.error.length");
        this.aiActRole = d.aiActRole();
        this.riskGroup = d.riskGroup();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.budget = optional(d.budget(), 200, "initiative.error.length");
        this.links = optional(d.links(), 1000, "initiative.error.length");
        this.tags.clear();
        this.tags.addAll(newTags);
    }

    void publish(Set<PublicField> fields) {
        this.publicFields = PublicField.join(fields);
    }

    void moveTo(InitiativeStatus target, ProductionDecision decision) {
        if (!status.canMoveTo(target)) {
            throw new DomainValidationException(
                    "initiative.error.transition", "Cannot move from " + status + " to " + target);
        }
        if (target == InitiativeStatus.PRODUCTION) {
            if (decision == null
                    || blank(decision.decidedBy())
                    || decision.decidedOn() == null
                    || blank(decision.analysisReference())) {
                throw new DomainValidationException(
                        "initiative.error.productionDecision",
                        "Production needs who decided, when, and the risk and consequence analysis");
            }
            this.productionDecidedBy = required(decision.decidedBy(), 200, "initiative.error.productionDecision");
            this.productionDecidedOn = decision.decidedOn();
            this.productionAnalysis =
                    required(decision.analysisReference(), 300, "initiative.error.productionDecision");
        }
        this.status = target;
    }

    void changeLevel(CollaborationLevel level) {
        this.collaborationLevel = Objects.requireNonNull(level, "level");
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String required(String value, int max, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new DomainValidationException(key, "Required, at most " + max + " characters");
        }
        return trimmed;
    }

    private static String optional(String value, int max, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new DomainValidationException(key, "At most " + max + " characters");
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(
                title,
                summary,
                purpose,
                contactName,
                contactEmail,
                area,
                aiType,
                tools,
                supplier,
                dataUsed,
                dataClass,
                legalBasis,
                humanOversight,
                transparency,
                aiActRole,
                riskGroup,
                startDate,
                endDate,
                budget,
                links,
                Set.copyOf(tags));
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String purpose() {
        return purpose;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Area area() {
        return area;
    }

    public AiType aiType() {
        return aiType;
    }

    public String tools() {
        return tools;
    }

    public String supplier() {
        return supplier;
    }

    public String dataUsed() {
        return dataUsed;
    }

    public DataClass dataClass() {
        return dataClass;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String humanOversight() {
        return humanOversight;
    }

    public String transparency() {
        return transparency;
    }

    public AiActRole aiActRole() {
        return aiActRole;
    }

    public RiskGroup riskGroup() {
        return riskGroup;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String budget() {
        return budget;
    }

    public String links() {
        return links;
    }

    public Set<String> tags() {
        return Set.copyOf(tags);
    }

    public Set<Long> toolIds() {
        return Set.copyOf(toolIds);
    }

    void chooseTools(Set<Long> chosen) {
        toolIds.clear();
        toolIds.addAll(chosen);
    }

    public InitiativeStatus status() {
        return status;
    }

    public CollaborationLevel collaborationLevel() {
        return collaborationLevel;
    }

    public Set<PublicField> publicFields() {
        return PublicField.split(publicFields);
    }

    public ProductionDecision productionDecision() {
        return productionDecidedOn == null
                ? null
                : new ProductionDecision(productionDecidedBy, productionDecidedOn, productionAnalysis);
    }

    public Long createdByPersonId() {
        return createdByPersonId;
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

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Initiative that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Initiative.class.hashCode();
    }
}
