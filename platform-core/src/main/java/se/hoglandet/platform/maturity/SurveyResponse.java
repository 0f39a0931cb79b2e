package se.hoglandet.platform.maturity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One respondent's answers in a cycle: saved as they go (STARTED), then submitted. Read only by the respondent and
 * their organisation's coordinator; results use them only as aggregates.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "person_name", nullable = false, updatable = false, length = 200)
    private String personName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ResponseStatus status;

    @Column(name = "invited_by_name", length = 200)
    private String invitedByName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "question_key", length = 60)
    @BatchSize(size = 100)
    private Map<String, Answer> answers = new HashMap<>();

    @Version
    private long version;

    protected SurveyResponse() {}

    SurveyResponse(
            Long cycleId, Long organisationId, Long personId, String personName, String invitedByName, Instant now) {
        this.cycleId = cycleId;
        this.organisationId = organisationId;
        this.personId = personId;
        this.personName = personName;
        this.invitedByName = invitedByName;
        this.status = ResponseStatus.INVITED;
        this.updatedAt = now;
    }

    void answer(Map<String, Answer> newAnswers, Instant now) {
        answers.clear();
        answers.putAll(newAnswers);
        if (status == ResponseStatus.INVITED) {
            status = ResponseStatus.STARTED;
        }
        updatedAt = now;
    }

    void submit(Instant now) {
        status = ResponseStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public ResponseStatus status() {
        return status;
    }

    public String invitedByName() {
        return invitedByName;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Map<String, Answer> answers() {
        return Map.copyOf(answers);
    }

    public long version() {
        return version;
    }
}
