package se.hoglandet.platform.maturity;

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

/** One organisation's value in one dimension of an external instrument (DiMiOS, DIOS, PIOS) for one year. */
@Entity
@Table(name = "external_result")
public class ExternalResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "instrument", nullable = false, updatable = false, length = 20)
    private ExternalInstrument instrument;

    @Column(name = "result_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "dimension_key", nullable = false, updatable = false, length = 60)
    private String dimension;

    @Column(name = "result_value", nullable = false, precision = 8, scale = 2)
    private BigDecimal value;

    @Column(name = "scale_max", nullable = false, precision = 8, scale = 2)
    private BigDecimal scaleMax;

    @Column(name = "recorded_by_name", nullable = false, length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ExternalResult() {}

    ExternalResult(Long organisationId, ExternalResultDraft draft, String byName, Instant now) {
        this.organisationId = organisationId;
        this.instrument = draft.instrument();
        this.year = draft.year();
        this.dimension = draft.dimension();
        change(draft, byName, now);
    }

    void change(ExternalResultDraft draft, String byName, Instant now) {
        this.value = draft.value();
        this.scaleMax = draft.scaleMax();
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public ExternalInstrument instrument() {
        return instrument;
    }

    public int year() {
        return year;
    }

    public String dimension() {
        return dimension;
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal scaleMax() {
        return scaleMax;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public long version() {
        return version;
    }
}
