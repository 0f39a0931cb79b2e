package se.hoglandet.platform.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an effect indicator measured on a date. */
@Entity
@Table(name = "effect_measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 500)
    private String note;

    protected Measurement() {}

    Measurement(LocalDate measuredOn, BigDecimal value, String note) {
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public BigDecimal value() {
        return value;
    }

    public String note() {
        return note;
    }
}
