package se.hoglandet.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's choice for one kind of notification. Without a row, both channels are on and e-mail is immediate. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

    /** The composite key. */
    public record Key(Long personId, NotificationKind kind) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private NotificationKind kind;

    @Column(name = "in_app", nullable = false)
    private boolean inApp = true;

    @Column(nullable = false)
    private boolean email = true;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "email_frequency", nullable = false, length = 10)
    private EmailFrequency emailFrequency = EmailFrequency.IMMEDIATE;

    @Version
    private long version;

    protected NotificationPreference() {}

    NotificationPreference(Long personId, NotificationKind kind) {
        this.personId = personId;
        this.kind = kind;
    }

    void choose(boolean inApp, boolean email, EmailFrequency frequency) {
        this.inApp = inApp;
        this.email = email;
        this.emailFrequency = frequency;
    }

    public NotificationKind kind() {
        return kind;
    }

    public boolean inApp() {
        return inApp;
    }

    public boolean email() {
        return email;
    }

    public EmailFrequency emailFrequency() {
        return emailFrequency;
    }
}
