package se.hoglandet.platform.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Who did what to which record, when, with the key fields before and after. Written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_type", nullable = false, updatable = false, length = 50)
    private String recordType;

    @Column(name = "record_id", nullable = false, updatable = false, length = 64)
    private String recordId;

    @Column(nullable = false, updatable = false, length = 50)
    private String action;

    @Column(name = "actor_person_id", updatable = false)
    private Long actorPersonId;

    @Column(name = "actor_name", updatable = false, length = 200)
    private String actorName;

    @Column(name = "actor_organisation_code", updatable = false, length = 64)
    private String actorOrganisationCode;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "audit_entry_id"))
    private List<AuditChange> changes = new ArrayList<>();

    protected AuditEntry() {}

    AuditEntry(
            String recordType,
            String recordId,
            String action,
            Long actorPersonId,
            String actorName,
            String actorOrganisationCode,
            Instant occurredAt,
            List<AuditChange> changes) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.actorPersonId = actorPersonId;
        this.actorName = actorName;
        this.actorOrganisationCode = actorOrganisationCode;
        this.occurredAt = occurredAt;
        this.changes = new ArrayList<>(changes);
    }

    public Long id() {
        return id;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String action() {
        return action;
    }

    public Long actorPersonId() {
        return actorPersonId;
    }

    /** The actor's name at the time, or {@code null} for the platform itself. */
    public String actorName() {
        return actorName;
    }

    public String actorOrganisationCode() {
        return actorOrganisationCode;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public List<AuditChange> changes() {
        return List.copyOf(changes);
    }
}
