package se.hoglandet.platform.procurement;

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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A joint procurement, owned by the lead buyer's organisation; the participating organisations (kept in step with
 * the participant rows) read it whatever its visibility.
 */
@Entity
@Table(name = "procurement")
public class Procurement extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ProcurementCategory category;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "procedure_type", nullable = false, length = 30)
    private ProcurementProcedure procedure;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "framework_method", length = 30)
    private FrameworkMethod frameworkMethod;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ProcurementPhase phase;

    @Column(name = "collaboration_level", nullable = false)
    private CollaborationLevel collaborationLevel;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procurement_link", joinColumns = @JoinColumn(name = "procurement_id"))
    @BatchSize(size = 100)
    private Set<ProcurementLink> links = new HashSet<>();

    protected Procurement() {}

    Procurement(Organisation lead, ProcurementDraft draft, Instant now, boolean demo) {
        super(lead, Visibility.FEDERATION);
        this.phase = ProcurementPhase.NEEDS_ANALYSIS;
        this.createdAt = now;
        this.demo = demo;
        write(draft, now);
    }

    void write(ProcurementDraft draft, Instant now) {
        String newTitle = Texts.required(draft.title(), 200, "procurement.error.title");
        if (draft.category() == null || draft.procedure() == null || draft.collaborationLevel() == null) {
            throw new DomainValidationException("procurement.error.kind", "Category, procedure and level are required");
        }
        if (draft.procedure() == ProcurementProcedure.CALL_OFF && draft.frameworkMethod() == null) {
            throw new DomainValidationException(
                    "procurement.error.frameworkMethod", "A call-off names the framework method");
        }
        String email = Texts.optional(draft.contactEmail(), 254, "procurement.error.length");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainValidationException("procurement.error.email", "Not an e-mail address");
        }
        this.title = newTitle;
        this.description = Texts.optional(draft.description(), 4000, "procurement.error.length");
        this.category = draft.category();
        this.procedure = draft.procedure();
        this.frameworkMethod = draft.frameworkMethod();
        this.collaborationLevel = draft.collaborationLevel();
        this.contactName = Texts.optional(draft.contactName(), 200, "procurement.error.length");
        this.contactEmail = email;
        changeVisibility(draft.visibility() == null ? Visibility.FEDERATION : draft.visibility());
        this.links.clear();
        this.links.addAll(draft.links());
        this.updatedAt = now;
    }

    /** Moves to the next phase; the service has checked the rules that need more than this record. */
    ProcurementPhase advance(Instant now) {
        if (phase.next() == null) {
            throw new DomainValidationException("procurement.error.ended", "The procurement has ended");
        }
        ProcurementPhase from = phase;
        this.phase = phase.next();
        this.updatedAt = now;
        return from;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    /** What the lead buyer described, as the form shows it; the participants are those taking part now. */
    public ProcurementDraft asDraft() {
        return new ProcurementDraft(
                title,
                description,
                category,
                procedure,
                frameworkMethod,
                collaborationLevel,
                contactName,
                contactEmail,
                visibility(),
                participatingOrganisations().stream()
                        .map(se.hoglandet.platform.organisation.Organisation::id)
                        .collect(java.util.stream.Collectors.toSet()),
                links());
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ProcurementCategory category() {
        return category;
    }

    public ProcurementProcedure procedure() {
        return procedure;
    }

    public FrameworkMethod frameworkMethod() {
        return frameworkMethod;
    }

    public ProcurementPhase phase() {
        return phase;
    }

    public CollaborationLevel collaborationLevel() {
        return collaborationLevel;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
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

    public Set<ProcurementLink> links() {
        return Set.copyOf(links);
    }
}
