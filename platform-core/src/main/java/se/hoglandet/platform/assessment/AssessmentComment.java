package se.hoglandet.platform.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.hoglandet.platform.shared.Texts;

/** A reader's comment on one section of an assessment. Never changed. */
@Entity
@Table(name = "assessment_comment")
public class AssessmentComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Column(name = "section_key", nullable = false, updatable = false, length = 60)
    private String sectionKey;

    @Column(name = "author_person_id", updatable = false)
    private Long authorPersonId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(nullable = false, updatable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AssessmentComment() {}

    AssessmentComment(
            Long assessmentId,
            String sectionKey,
            Long authorPersonId,
            String authorName,
            String body,
            Instant createdAt) {
        String trimmed = Texts.required(body, 2000, "assessment.error.comment");
        this.assessmentId = assessmentId;
        this.sectionKey = sectionKey;
        this.authorPersonId = authorPersonId;
        this.authorName = authorName;
        this.body = trimmed;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String sectionKey() {
        return sectionKey;
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
