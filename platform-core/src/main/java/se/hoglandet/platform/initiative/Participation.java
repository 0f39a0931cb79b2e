package se.hoglandet.platform.initiative;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;

/**
 * A participating organisation's own part of a shared initiative: its role and where it stands. Staff of that
 * organisation keep it current themselves (the truth table's "staff E their own part").
 */
@Entity
@Table(name = "initiative_participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ParticipationRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ParticipationStatus status;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected Participation() {}

    Participation(Long initiativeId, Organisation organisation) {
        this.initiativeId = initiativeId;
        this.organisation = organisation;
        this.role = ParticipationRole.PARTNER;
        this.status = ParticipationStatus.INTERESTED;
    }

    void change(ParticipationRole newRole, ParticipationStatus newStatus, String newNote) {
        if (newRole == null || newStatus == null) {
            throw new DomainValidationException("participation.error.required", "Role and status are required");
        }
        String trimmed = newNote == null ? "" : newNote.strip();
        if (trimmed.length() > 500) {
            throw new DomainValidationException("initiative.error.length", "At most 500 characters");
        }
        this.role = newRole;
        this.status = newStatus;
        this.note = trimmed.isEmpty() ? null : trimmed;
    }

    public Long id() {
        return id;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public Organisation organisation() {
        return organisation;
    }

    public ParticipationRole role() {
        return role;
    }

    public ParticipationStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }
}
