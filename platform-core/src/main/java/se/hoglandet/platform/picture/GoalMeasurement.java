package se.hoglandet.platform.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value measured outside the platform for a MEASURED goal, with its date. Never edited: a new value is a row. */
@Entity
@Table(name = "goal_measurement")
public class GoalMeasurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "goal_id", nullable = false, updatable = false)
    private Long goalId;

    @Column(name = "measured_on", nullable = false, updatable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal value;

    @Column(name = "recorded_by_name", nullable = false, updatable = false, length = 200)
    private String recordedByName;

    protected GoalMeasurement() {}

    GoalMeasurement(Long goalId, LocalDate measuredOn, BigDecimal value, String byName) {
        this.goalId = goalId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.recordedByName = byName;
    }

    public Long goalId() {
        return goalId;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public BigDecimal value() {
        return value;
    }
}
