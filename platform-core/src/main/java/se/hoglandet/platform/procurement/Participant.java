package se.hoglandet.platform.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishNumbers;
import se.hoglandet.platform.shared.Texts;

/** One organisation's part in a joint procurement: its own status, estimated volume and value, contact. */
@Entity
@Table(name = "procurement_participant")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "procurement_id", nullable = false, updatable = false)
    private Long procurementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ParticipantStatus status;

    @Column(length = 200)
    private String volume;

    @Column(name = "estimated_value", precision = 15, scale = 2)
    private BigDecimal estimatedValue;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "updated_by_name", length = 200)
    private String updatedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Participant() {}

    Participant(Long procurementId, Organisation organisation, String byName, Instant now) {
        this.procurementId = procurementId;
        this.organisation = organisation;
        this.status = ParticipantStatus.INTERESTED;
        this.updatedByName = byName;
        this.updatedAt = now;
    }

    /** The status rules that depend on the procurement's phase (see {@link ParticipantStatus}). */
    void moveTo(ParticipantStatus target, ProcurementPhase phase, String byName, Instant now) {
        if (target == null || target == status) {
            throw new DomainValidationException("participant.error.transition", "Not a change");
        }
        boolean allowed = switch (target) {
            case DECLINED -> status != ParticipantStatus.CALL_OFF_REGISTERED;
            case INTERESTED -> status == ParticipantStatus.DECLINED && phase.isOpenForParticipants();
            case MANDATE_GIVEN, COMMITTED ->
                status != ParticipantStatus.DECLINED && status.ordinal() < target.ordinal();
            case CALL_OFF_REGISTERED ->
                status == ParticipantStatus.COMMITTED && phase.ordinal() >= ProcurementPhase.CONTRACT_ACTIVE.ordinal();
        };
        if (!allowed) {
            throw new DomainValidationException(
                    "participant.error.transition", "Not allowed from " + status + " in " + phase);
        }
        this.status = target;
        this.updatedByName = byName;
        this.updatedAt = now;
    }

    void describe(String newVolume, BigDecimal newValue, String newContact, String byName, Instant now) {
        SwedishNumbers.amount(newValue);
        this.volume = Texts.optional(newVolume, 200, "procurement.error.length");
        this.estimatedValue = newValue;
        this.contactName = Texts.optional(newContact, 200, "procurement.error.length");
        this.updatedByName = byName;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long procurementId() {
        return procurementId;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ParticipantStatus status() {
        return status;
    }

    public String volume() {
        return volume;
    }

    public BigDecimal estimatedValue() {
        return estimatedValue;
    }

    public String contactName() {
        return contactName;
    }

    public String updatedByName() {
        return updatedByName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
