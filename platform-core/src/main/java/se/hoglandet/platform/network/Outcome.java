package se.hoglandet.platform.network;

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

/**
 * A record a network's decision or action was promoted to (a joint initiative, a joint procurement, a course wish):
 * what its talk turned into. Kept by the network, keyed by the record, so the record's own capability needs to know
 * nothing about networks; the record itself says where it came from in its text.
 */
@Entity
@Table(name = "network_outcome")
public class Outcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "action_id", updatable = false)
    private Long actionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private OutcomeKind kind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(nullable = false, length = 300, updatable = false)
    private String title;

    @Column(name = "created_by_person_id", nullable = false, updatable = false)
    private Long createdByPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Outcome() {}

    Outcome(PromotionSource source, OutcomeKind kind, Long recordId, String title, Long byPersonId, Instant now) {
        this.networkId = source.networkId();
        this.meetingId = source.meetingId();
        this.decisionId = source.decisionId();
        this.actionId = source.actionId();
        this.kind = kind;
        this.recordId = recordId;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.createdByPersonId = byPersonId;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long networkId() {
        return networkId;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long decisionId() {
        return decisionId;
    }

    public Long actionId() {
        return actionId;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public Long recordId() {
        return recordId;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
