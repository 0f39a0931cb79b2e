package se.hoglandet.platform.maturity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

/** The coordinator submitted the organisation's result for the cycle, with collaboration levels per dimension. */
@Entity
@Table(name = "survey_result")
public class OrganisationResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by_name", nullable = false, length = 200)
    private String submittedByName;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_result_level", joinColumns = @JoinColumn(name = "result_id"))
    @MapKeyColumn(name = "dimension_key", length = 60)
    @BatchSize(size = 100)
    private Map<String, LevelPair> levels = new HashMap<>();

    @Version
    private long version;

    protected OrganisationResult() {}

    OrganisationResult(Long cycleId, Long organisationId, Map<String, LevelPair> levels, String byName, Instant now) {
        this.cycleId = cycleId;
        this.organisationId = organisationId;
        this.levels.putAll(levels);
        this.submittedByName = byName;
        this.submittedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedByName() {
        return submittedByName;
    }

    public Map<String, LevelPair> levels() {
        return Map.copyOf(levels);
    }
}
