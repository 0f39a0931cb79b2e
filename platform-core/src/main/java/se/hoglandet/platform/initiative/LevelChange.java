package se.hoglandet.platform.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an initiative's collaboration level: who, when and why. Never edited. */
@Entity
@Table(name = "initiative_level_change")
public class LevelChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "from_level", updatable = false)
    private CollaborationLevel from;

    @Column(name = "to_level", nullable = false, updatable = false)
    private CollaborationLevel to;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by_person_id", updatable = false)
    private Long changedByPersonId;

    @Column(name = "changed_by_name", updatable = false, length = 200)
    private String changedByName;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected LevelChange() {}

    LevelChange(
            Long initiativeId,
            CollaborationLevel from,
            CollaborationLevel to,
            String reason,
            Long changedByPersonId,
            String changedByName,
            Instant changedAt) {
        this.initiativeId = initiativeId;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.changedByPersonId = changedByPersonId;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public Long id() {
        return id;
    }

    public CollaborationLevel from() {
        return from;
    }

    public CollaborationLevel to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String changedByName() {
        return changedByName;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
