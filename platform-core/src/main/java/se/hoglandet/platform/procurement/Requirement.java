package se.hoglandet.platform.procurement;

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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A requirement in a procurement's shared list: a functional requirement, or a clause from the AI clause library
 * ({@code clauseKey}). Participating organisations support it; anyone who reads the procurement comments on it.
 */
@Entity
@Table(name = "procurement_requirement")
public class Requirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "procurement_id", nullable = false, updatable = false)
    private Long procurementId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "clause_key", updatable = false, length = 40)
    private String clauseKey;

    @Column(name = "proposed_by_org_id", nullable = false, updatable = false)
    private Long proposedByOrganisationId;

    @Column(name = "proposed_by_name", nullable = false, updatable = false, length = 200)
    private String proposedByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "procurement_requirement_support", joinColumns = @JoinColumn(name = "requirement_id"))
    @Column(name = "organisation_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> supportedBy = new HashSet<>();

    protected Requirement() {}

    Requirement(
            Long procurementId,
            String text,
            String clauseKey,
            Long proposedByOrganisationId,
            String proposedByName,
            Instant now) {
        this.procurementId = procurementId;
        this.text = text;
        this.clauseKey = clauseKey;
        this.proposedByOrganisationId = proposedByOrganisationId;
        this.proposedByName = proposedByName;
        this.createdAt = now;
        this.supportedBy.add(proposedByOrganisationId);
    }

    void support(Long organisationId, boolean supports) {
        if (supports) {
            supportedBy.add(organisationId);
        } else {
            supportedBy.remove(organisationId);
        }
    }

    public Long id() {
        return id;
    }

    public Long procurementId() {
        return procurementId;
    }

    public String text() {
        return text;
    }

    public String clauseKey() {
        return clauseKey;
    }

    public Long proposedByOrganisationId() {
        return proposedByOrganisationId;
    }

    public String proposedByName() {
        return proposedByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Long> supportedBy() {
        return Set.copyOf(supportedBy);
    }
}
