package se.hoglandet.platform.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One phase of a procurement with its planned and actual date; documents are attached to it. */
@Entity
@Table(name = "procurement_phase_step")
public class PhaseStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "procurement_id", nullable = false, updatable = false)
    private Long procurementId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 30)
    private ProcurementPhase phase;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "actual_on")
    private LocalDate actualOn;

    @Version
    private long version;

    protected PhaseStep() {}

    PhaseStep(Long procurementId, ProcurementPhase phase) {
        this.procurementId = procurementId;
        this.phase = phase;
    }

    void plan(LocalDate on) {
        this.plannedOn = on;
    }

    void reached(LocalDate on) {
        this.actualOn = on;
    }

    public Long id() {
        return id;
    }

    public Long procurementId() {
        return procurementId;
    }

    public ProcurementPhase phase() {
        return phase;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate actualOn() {
        return actualOn;
    }

    public long version() {
        return version;
    }
}
