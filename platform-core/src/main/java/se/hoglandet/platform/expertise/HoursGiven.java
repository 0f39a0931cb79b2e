package se.hoglandet.platform.expertise;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import se.hoglandet.platform.shared.Texts;

/** Hours an expert actually gave on an approved request (never edited: a correction is a new line). */
@Entity
@Table(name = "help_hours")
public class HoursGiven {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "help_request_id", nullable = false, updatable = false)
    private Long helpRequestId;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Column(nullable = false, precision = 6, scale = 1, updatable = false)
    private BigDecimal hours;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 200, updatable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected HoursGiven() {}

    HoursGiven(Long helpRequestId, LocalDate givenOn, BigDecimal hours, String note, String recordedBy, Instant now) {
        this.helpRequestId = helpRequestId;
        this.givenOn = givenOn;
        this.hours = hours;
        this.note = Texts.optional(note, 500, "expertise.error.note");
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long helpRequestId() {
        return helpRequestId;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
