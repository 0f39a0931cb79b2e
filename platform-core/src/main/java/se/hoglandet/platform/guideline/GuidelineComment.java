package se.hoglandet.platform.guideline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hoglandet.platform.shared.Texts;

/** A reviewer's comment on one clause of a version in review. Never changed; kept with the version. */
@Entity
@Table(name = "guideline_comment")
public class GuidelineComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guideline_id", nullable = false, updatable = false)
    private Long guidelineId;

    @Column(name = "clause_key", nullable = false, updatable = false, length = 40)
    private String clauseKey;

    @Column(name = "author_person_id", updatable = false)
    private Long authorPersonId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(nullable = false, updatable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected GuidelineComment() {}

    GuidelineComment(
            Long guidelineId, String clauseKey, Long authorPersonId, String authorName, String body, Instant at) {
        this.body = Texts.required(body, 2000, "guideline.error.comment");
        this.guidelineId = guidelineId;
        this.clauseKey = clauseKey;
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public String clauseKey() {
        return clauseKey;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
