package se.hoglandet.platform.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;

/**
 * A request to a lawyer, DPO or security specialist of another organisation (the shared expert pool) to review an
 * assessment. While it is open the expert reads the assessment and may sign off in the requested role; the request
 * and the answer are kept.
 */
@Entity
@Table(name = "assessment_review_request")
public class ReviewRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "expert_role", nullable = false, updatable = false, length = 20)
    private Role expertRole;

    @Column(name = "expert_person_id", nullable = false, updatable = false)
    private Long expertPersonId;

    @Column(name = "expert_name", nullable = false, updatable = false, length = 200)
    private String expertName;

    @Column(name = "expert_organisation_id", nullable = false, updatable = false)
    private Long expertOrganisationId;

    @Column(name = "expert_organisation_name", nullable = false, updatable = false, length = 200)
    private String expertOrganisationName;

    @Column(name = "requested_by_person_id", nullable = false, updatable = false)
    private Long requestedByPersonId;

    @Column(name = "requested_by_name", nullable = false, updatable = false, length = 200)
    private String requestedByName;

    @Column(nullable = false, updatable = false, length = 2000)
    private String message;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReviewRequestStatus status;

    @Column(length = 4000)
    private String answer;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ReviewRequest() {}

    ReviewRequest(
            Long assessmentId,
            Role expertRole,
            Long expertPersonId,
            String expertName,
            Long expertOrganisationId,
            String expertOrganisationName,
            Long requestedByPersonId,
            String requestedByName,
            String message,
            Instant now) {
        this.assessmentId = assessmentId;
        this.expertRole = expertRole;
        this.expertPersonId = expertPersonId;
        this.expertName = expertName;
        this.expertOrganisationId = expertOrganisationId;
        this.expertOrganisationName = expertOrganisationName;
        this.requestedByPersonId = requestedByPersonId;
        this.requestedByName = requestedByName;
        this.message = message;
        this.status = ReviewRequestStatus.OPEN;
        this.requestedAt = now;
    }

    /** The expert answers (their statement) or declines (with a reason); the request then closes. */
    void close(ReviewRequestStatus outcome, String text, Instant now) {
        if (status != ReviewRequestStatus.OPEN) {
            throw new DomainValidationException("review.error.notOpen", "The request is no longer open");
        }
        this.status = outcome;
        this.answer = text;
        this.answeredAt = now;
    }

    public boolean isOpen() {
        return status == ReviewRequestStatus.OPEN;
    }

    public Long id() {
        return id;
    }

    public Long assessmentId() {
        return assessmentId;
    }

    public Role expertRole() {
        return expertRole;
    }

    public Long expertPersonId() {
        return expertPersonId;
    }

    public String expertName() {
        return expertName;
    }

    public Long expertOrganisationId() {
        return expertOrganisationId;
    }

    public String expertOrganisationName() {
        return expertOrganisationName;
    }

    public Long requestedByPersonId() {
        return requestedByPersonId;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public String message() {
        return message;
    }

    public ReviewRequestStatus status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public long version() {
        return version;
    }
}
