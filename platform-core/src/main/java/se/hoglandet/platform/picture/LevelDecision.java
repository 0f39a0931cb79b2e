package se.hoglandet.platform.picture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.hoglandet.platform.initiative.CollaborationLevel;

/**
 * An organisation's decision on its collaboration level in one area: which body decided, when, under which diary
 * number. Decisions are never edited: a new decision is a new row, and the one with the latest decision date is in
 * force, so the history is the rows themselves.
 */
@Entity
@Table(name = "level_decision")
public class LevelDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "area_key", nullable = false, updatable = false, length = 40)
    private String areaKey;

    @Column(name = "collaboration_level", nullable = false, updatable = false)
    private CollaborationLevel level;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 200)
    private String decidedBy;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "diary_number", updatable = false, length = 60)
    private String diaryNumber;

    @Column(name = "recorded_by_name", nullable = false, updatable = false, length = 200)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected LevelDecision() {}

    LevelDecision(Long organisationId, LevelDraft draft, String byName, Instant now) {
        this.organisationId = organisationId;
        this.areaKey = draft.areaKey();
        this.level = draft.level();
        this.decidedBy = draft.decidedBy();
        this.decidedOn = draft.decidedOn();
        this.diaryNumber = draft.diaryNumber();
        this.recordedByName = byName;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String areaKey() {
        return areaKey;
    }

    public CollaborationLevel level() {
        return level;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String diaryNumber() {
        return diaryNumber;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
