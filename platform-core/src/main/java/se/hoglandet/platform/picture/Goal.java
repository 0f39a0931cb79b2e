package se.hoglandet.platform.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One of an organisation's own AI goals: what it is measured by, from which baseline to which target, by when. */
@Entity
@Table(name = "organisation_goal")
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 60)
    private GoalIndicator indicator;

    @Column(name = "dimension_key", length = 60)
    private String dimensionKey;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal target;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    @Column(name = "created_by_name", nullable = false, updatable = false, length = 200)
    private String createdByName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Goal() {}

    Goal(Long organisationId, GoalDraft draft, String byName, Instant now) {
        this.organisationId = organisationId;
        this.createdByName = byName;
        this.createdAt = now;
        change(draft, now);
    }

    void change(GoalDraft draft, Instant now) {
        this.title = draft.title();
        this.indicator = draft.indicator();
        this.dimensionKey = draft.indicator() == GoalIndicator.MATURITY_SCORE ? draft.dimensionKey() : null;
        this.baseline = draft.baseline();
        this.target = draft.target();
        this.targetDate = draft.targetDate();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String title() {
        return title;
    }

    public GoalIndicator indicator() {
        return indicator;
    }

    public String dimensionKey() {
        return dimensionKey;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }

    public LocalDate targetDate() {
        return targetDate;
    }

    public long version() {
        return version;
    }

    /** The goal as a draft, for editing. */
    public GoalDraft draft() {
        return new GoalDraft(title, indicator, dimensionKey, baseline, target, targetDate);
    }
}
