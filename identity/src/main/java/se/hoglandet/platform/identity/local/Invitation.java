package se.hoglandet.platform.identity.local;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An invitation to choose the password of a new local account: single use, expiring. Only the SHA-256 hash of the
 * token is stored, so the database alone does not let anyone take the account.
 */
@Entity
@Table(name = "invitation")
class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private Long userAccountId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected Invitation() {}

    Invitation(String tokenHash, Long userAccountId, Long personId, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userAccountId = userAccountId;
        this.personId = personId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant at) {
        usedAt = at;
    }

    Long userAccountId() {
        return userAccountId;
    }

    Long personId() {
        return personId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
