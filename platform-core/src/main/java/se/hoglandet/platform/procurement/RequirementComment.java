package se.hoglandet.platform.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on one requirement, by someone who reads the procurement. */
@Entity
@Table(name = "procurement_requirement_comment")
public class RequirementComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requirement_id", nullable = false, updatable = false)
    private Long requirementId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(nullable = false, updatable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RequirementComment() {}

    RequirementComment(Long requirementId, Long organisationId, String authorName, String body, Instant now) {
        this.requirementId = requirementId;
        this.organisationId = organisationId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long requirementId() {
        return requirementId;
    }

    public Long organisationId() {
        return organisationId;
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
