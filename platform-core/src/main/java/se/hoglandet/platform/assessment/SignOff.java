package se.hoglandet.platform.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.Role;

/** A required participant's answer in one review round: approve, or reject with a reason. Never changed. */
@Entity
@Table(name = "assessment_sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int reviewRound;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "signing_role", nullable = false, updatable = false, length = 20)
    private Role role;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, updatable = false, length = 200)
    private String personName;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    protected SignOff() {}

    SignOff(
            Long assessmentId,
            int reviewRound,
            Role role,
            Long personId,
            String personName,
            Long organisationId,
            boolean approved,
            String reason,
            Instant signedAt) {
        this.assessmentId = assessmentId;
        this.reviewRound = reviewRound;
        this.role = role;
        this.personId = personId;
        this.personName = personName;
        this.organisationId = organisationId;
        this.approved = approved;
        this.reason = reason;
        this.signedAt = signedAt;
    }

    public Long id() {
        return id;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public Role role() {
        return role;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean approved() {
        return approved;
    }

    public String reason() {
        return reason;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
