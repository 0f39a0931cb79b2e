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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A person's place in a session (personal data: the participant can read and export it; it is anonymised after the
 * retention period). The waitlist is ordered by {@code requestedAt}, then id.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final String ANONYMISED_NAME = "–";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private CourseSession session;

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "enrolled_by_name", length = 200)
    private String enrolledByName;

    @Column(name = "decided_by_name", length = 200)
    private String decidedByName;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "certificate_code", length = 20)
    private String certificateCode;

    /** The initiative where the participant applies the course, when named. */
    @Column(name = "applied_in_initiative_id")
    private Long appliedInInitiativeId;

    @Column(nullable = false)
    private boolean anonymised;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The meetings (positions) the participant attended. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enrolment_attendance", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "position", nullable = false)
    @BatchSize(size = 100)
    private Set<Integer> attended = new TreeSet<>();

    @Version
    private long version;

    protected Enrolment() {}

    Enrolment(
            CourseSession session,
            Long personId,
            String personName,
            Long organisationId,
            String enrolledByName,
            Instant now) {
        this.session = session;
        this.personId = personId;
        this.personName = personName;
        this.organisationId = organisationId;
        this.enrolledByName = enrolledByName;
        this.status = EnrolmentStatus.CANCELLED;
        this.requestedAt = now;
        this.updatedAt = now;
    }

    /** A new request (also after an earlier cancellation): a new place in the queue. */
    void request(String byName, Instant now) {
        this.enrolledByName = byName;
        this.decidedByName = null;
        this.requestedAt = now;
        this.updatedAt = now;
    }

    void moveTo(EnrolmentStatus target, Instant now) {
        this.status = target;
        this.updatedAt = now;
    }

    void decidedBy(String name) {
        this.decidedByName = name;
    }

    void attendance(int position, boolean present, Instant now) {
        if (present) {
            attended.add(position);
        } else {
            attended.remove(position);
        }
        this.updatedAt = now;
    }

    void complete(LocalDate on, String code, Instant now) {
        this.completedOn = on;
        this.certificateCode = code;
        this.updatedAt = now;
    }

    /**
     * Whether the participant may still give up the place: while it is active, not yet completed (a certificate
     * is not taken back by cancelling), and before the session's cancellation deadline.
     */
    public boolean cancellableAt(Instant now) {
        return status.isActive()
                && completedOn == null
                && !session.cancelled()
                && now.isBefore(session.cancellationDeadline());
    }

    /** After the retention period: no longer tied to a person; counts for statistics stay. */
    void anonymise(Instant now) {
        this.personId = null;
        this.personName = ANONYMISED_NAME;
        this.enrolledByName = null;
        this.decidedByName = null;
        this.certificateCode = null;
        this.anonymised = true;
        this.updatedAt = now;
    }

    /** When the completion stops counting, or null when it does not expire (or is not completed). */
    public LocalDate validUntil() {
        Integer months = session.course().validityMonths();
        return completedOn == null || months == null ? null : completedOn.plusMonths(months);
    }

    public Long id() {
        return id;
    }

    public CourseSession session() {
        return session;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String enrolledByName() {
        return enrolledByName;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public String certificateCode() {
        return certificateCode;
    }

    public boolean anonymised() {
        return anonymised;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Integer> attended() {
        return Set.copyOf(attended);
    }

    public long version() {
        return version;
    }

    public Long appliedInInitiativeId() {
        return appliedInInitiativeId;
    }

    void applyIn(Long initiativeId, Instant now) {
        this.appliedInInitiativeId = initiativeId;
        this.updatedAt = now;
    }
}
