package se.hoglandet.platform.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An adopter's answer to one change the template made upstream: taken or declined, for the guideline's series and
 * the template version that made the change. Never changed: once answered, the change is no longer offered.
 */
@Entity
@Table(name = "guideline_upstream_choice")
class UpstreamChoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "series_id", nullable = false, updatable = false, length = 36)
    private String seriesId;

    @Column(name = "clause_key", nullable = false, updatable = false, length = 40)
    private String clauseKey;

    @Column(name = "upstream_guideline_id", nullable = false, updatable = false)
    private Long upstreamGuidelineId;

    @Column(nullable = false, updatable = false)
    private boolean taken;

    @Column(name = "chosen_by", nullable = false, updatable = false, length = 200)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false, updatable = false)
    private Instant chosenAt;

    protected UpstreamChoice() {}

    UpstreamChoice(String seriesId, String clauseKey, Long upstreamGuidelineId, boolean taken, String by, Instant at) {
        this.seriesId = seriesId;
        this.clauseKey = clauseKey;
        this.upstreamGuidelineId = upstreamGuidelineId;
        this.taken = taken;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    String clauseKey() {
        return clauseKey;
    }

    boolean taken() {
        return taken;
    }
}
