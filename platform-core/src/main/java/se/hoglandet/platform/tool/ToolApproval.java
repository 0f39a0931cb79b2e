package se.hoglandet.platform.tool;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.organisation.Organisation;

/** One organisation's decision on one tool; the latest decision replaces the one before (the history keeps it). */
@Entity
@Table(name = "ai_tool_approval")
public class ToolApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tool_id", nullable = false, updatable = false)
    private AiTool tool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean approved;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "ai_tool_approval_data_class", joinColumns = @JoinColumn(name = "approval_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "data_class", nullable = false, length = 30)
    @BatchSize(size = 100)
    private Set<DataClass> dataClasses = new HashSet<>();

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(length = 1000)
    private String note;

    @Column(name = "decided_by_name", nullable = false, length = 200)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    /** The valid-until date the organisation's assessors were last reminded of (once per approval). */
    @Column(name = "expiry_reminded_for")
    private LocalDate expiryRemindedFor;

    @Version
    private long version;

    protected ToolApproval() {}

    ToolApproval(AiTool tool, Organisation organisation) {
        this.tool = tool;
        this.organisation = organisation;
    }

    /** Takes a decision that the service has already checked. */
    void decide(ApprovalDraft draft, String note, String decidedByName, Instant now) {
        this.approved = draft.approved();
        this.dataClasses.clear();
        if (draft.approved()) {
            this.dataClasses.addAll(draft.dataClasses());
        }
        this.assessmentId = draft.approved() ? draft.assessmentId() : null;
        this.validUntil = draft.approved() ? draft.validUntil() : null;
        this.note = note;
        this.decidedByName = decidedByName;
        this.decidedAt = now;
    }

    public ApprovalState stateOn(LocalDate day) {
        if (!approved) {
            return ApprovalState.NOT_APPROVED;
        }
        return validUntil != null && validUntil.isBefore(day) ? ApprovalState.EXPIRED : ApprovalState.APPROVED;
    }

    /** Whether the tool may be used with data of this class in this organisation on that day. */
    public boolean covers(DataClass dataClass, LocalDate day) {
        return stateOn(day).allowsUse() && dataClasses.contains(dataClass);
    }

    public Long id() {
        return id;
    }

    public AiTool tool() {
        return tool;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean approved() {
        return approved;
    }

    public Set<DataClass> dataClasses() {
        return dataClasses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dataClasses));
    }

    public Long assessmentId() {
        return assessmentId;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String note() {
        return note;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
