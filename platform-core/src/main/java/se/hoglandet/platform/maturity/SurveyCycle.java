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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/**
 * A survey cycle (e.g. "Hösten 2026"): a model version, the participating organisations, an open period and, per
 * organisation, an optional named coordinator (otherwise its administrators coordinate). Closed cycles are locked.
 */
@Entity
@Table(name = "survey_cycle")
public class SurveyCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "model_id", nullable = false, updatable = false)
    private MaturityModel model;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(nullable = false)
    private boolean closed;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_cycle_organisation", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "organisation_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> organisationIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_cycle_coordinator", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "organisation_id")
    @Column(name = "person_id", nullable = false)
    @BatchSize(size = 100)
    private Map<Long, Long> coordinators = new HashMap<>();

    @Version
    private long version;

    protected SurveyCycle() {}

    SurveyCycle(
            String name,
            MaturityModel model,
            LocalDate opensOn,
            LocalDate closesOn,
            Set<Long> organisationIds,
            String createdByName,
            Instant now) {
        this.name = name;
        this.model = model;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.organisationIds.addAll(organisationIds);
        this.createdByName = createdByName;
        this.createdAt = now;
    }

    /** Open for answers on that day: between its dates and not closed early. */
    public boolean isOpenOn(LocalDate day) {
        return !closed && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Locked: closed by federation staff, or past its closing date. */
    public boolean isLockedOn(LocalDate day) {
        return closed || day.isAfter(closesOn);
    }

    void close() {
        this.closed = true;
    }

    void coordinator(Long organisationId, Long personId) {
        coordinators.put(organisationId, personId);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public MaturityModel model() {
        return model;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public boolean closed() {
        return closed;
    }

    public String createdByName() {
        return createdByName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Long> organisationIds() {
        return Set.copyOf(organisationIds);
    }

    public Map<Long, Long> coordinators() {
        return Map.copyOf(coordinators);
    }

    public long version() {
        return version;
    }
}
