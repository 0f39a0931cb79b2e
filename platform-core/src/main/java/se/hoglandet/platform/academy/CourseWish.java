package se.hoglandet.platform.academy;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * A wish for a course (e.g. from a network that found a need): academy administrators see the open wishes among
 * their tasks and answer one with a course. It keeps where it came from.
 */
@Entity
@Table(name = "course_wish")
public class CourseWish {

    /** Open until the academy answers it with a course. */
    public enum Status {
        OPEN,
        ANSWERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String topic;

    @Column(nullable = false, length = 2000)
    private String need;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_wish_organisation", joinColumns = @JoinColumn(name = "course_wish_id"))
    @Column(name = "organisation_id", nullable = false)
    @BatchSize(size = 100)
    private Set<Long> interestedOrganisationIds = new HashSet<>();

    @Column(length = 300, updatable = false)
    private String origin;

    @Column(name = "origin_link", length = 200, updatable = false)
    private String originLink;

    @Column(name = "wished_by_person_id", nullable = false, updatable = false)
    private Long wishedByPersonId;

    @Column(name = "wished_by_name", nullable = false, updatable = false, length = 200)
    private String wishedByName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CourseWish() {}

    CourseWish(CourseWishDraft draft, Long wishedByPersonId, String wishedByName, Instant now) {
        this.topic = Texts.required(draft.topic(), 200, "courseWish.error.topic");
        this.need = Texts.required(draft.need(), 2000, "courseWish.error.need");
        this.interestedOrganisationIds.addAll(draft.interestedOrganisationIds());
        this.origin = Texts.optional(draft.origin(), 300, "courseWish.error.origin");
        this.originLink = Texts.optional(draft.originLink(), 200, "courseWish.error.origin");
        this.wishedByPersonId = wishedByPersonId;
        this.wishedByName = wishedByName;
        this.status = Status.OPEN;
        this.createdAt = now;
    }

    void answerWith(Course course, Instant now) {
        if (course == null) {
            throw new DomainValidationException("courseWish.error.course", "Choose the course that answers the wish");
        }
        this.courseId = course.id();
        this.status = Status.ANSWERED;
        this.answeredAt = now;
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String need() {
        return need;
    }

    public Set<Long> interestedOrganisationIds() {
        return Set.copyOf(interestedOrganisationIds);
    }

    public String origin() {
        return origin;
    }

    public String originLink() {
        return originLink;
    }

    public String wishedByName() {
        return wishedByName;
    }

    public Status status() {
        return status;
    }

    public Long courseId() {
        return courseId;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
