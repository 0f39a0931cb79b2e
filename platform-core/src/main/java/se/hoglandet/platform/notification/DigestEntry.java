package se.hoglandet.platform.notification;

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

/** A notification waiting for the recipient's daily or weekly digest e-mail; deleted once mailed. */
@Entity
@Table(name = "notification_digest_entry")
class DigestEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 10)
    private EmailFrequency frequency;

    @Column(nullable = false, updatable = false, length = 300)
    private String subject;

    @Column(nullable = false, updatable = false, length = 4000)
    private String body;

    @Column(length = 500, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DigestEntry() {}

    DigestEntry(Long personId, EmailFrequency frequency, String subject, String body, String link, Instant at) {
        this.personId = personId;
        this.frequency = frequency;
        this.subject = subject;
        this.body = body;
        this.link = link;
        this.createdAt = at;
    }

    Long personId() {
        return personId;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String link() {
        return link;
    }
}
