package se.hoglandet.platform.initiative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishNumbers;

/**
 * An effect the initiative is meant to bring (effekthemtagning): a measurable indicator with a unit, its value
 * before (baseline), the value aimed for (target) and the values measured over time.
 */
@Entity
@Table(name = "effect_indicator")
public class EffectIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 40)
    private String unit;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal baseline;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    @OrderBy("measuredOn ASC, id ASC")
    @BatchSize(size = 50)
    private List<Measurement> measurements = new ArrayList<>();

    @Version
    private long version;

    protected EffectIndicator() {}

    EffectIndicator(Long initiativeId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.initiativeId = initiativeId;
        String trimmedName = name == null ? "" : name.strip();
        String trimmedUnit = unit == null ? "" : unit.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > 200 || trimmedUnit.isEmpty() || trimmedUnit.length() > 40) {
            throw new DomainValidationException(
                    "effect.error.nameAndUnit", "Name (≤ 200) and unit (≤ 40) are required");
        }
        if (baseline == null || target == null) {
            throw new DomainValidationException("effect.error.values", "Baseline and target are required");
        }
        SwedishNumbers.measure(baseline);
        SwedishNumbers.measure(target);
        this.name = trimmedName;
        this.unit = trimmedUnit;
        this.baseline = baseline;
        this.target = target;
    }

    Measurement record(LocalDate on, BigDecimal value, String note, LocalDate today) {
        if (on == null || value == null) {
            throw new DomainValidationException("effect.error.measurement", "Date and value are required");
        }
        if (on.isAfter(today)) {
            throw new DomainValidationException(
                    "effect.error.futureMeasurement", "A measurement cannot be in the future");
        }
        SwedishNumbers.measure(value);
        String trimmed = note == null ? "" : note.strip();
        if (trimmed.length() > 500) {
            throw new DomainValidationException("initiative.error.length", "At most 500 characters");
        }
        Measurement measurement = new Measurement(on, value, trimmed.isEmpty() ? null : trimmed);
        measurements.add(measurement);
        measurements.sort(java.util.Comparator.comparing(Measurement::measuredOn));
        return measurement;
    }

    /** The most recent measurement, if any. */
    public java.util.Optional<Measurement> latest() {
        return measurements.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(measurements.getLast());
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal baseline() {
        return baseline;
    }

    public BigDecimal target() {
        return target;
    }

    public List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    public long version() {
        return version;
    }
}
