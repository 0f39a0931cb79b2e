package se.hoglandet.platform.academy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.BatchSize;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * A session of a course: one or more meetings, a capacity and optional seats per organisation, a registration
 * window, a cancellation deadline and a check-in code for taking attendance. Enrolments lock this row, so that
 * two people never take the last seat at once.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false, updatable = false)
    private Course course;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @Column(length = 300)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = 300)
    private String teachers;

    @Column(name = "registration_opens", nullable = false)
    private Instant registrationOpens;

    @Column(name = "registration_closes", nullable = false)
    private Instant registrationCloses;

    @Column(name = "cancellation_deadline", nullable = false)
    private Instant cancellationDeadline;

    @Column(name = "manager_approval", nullable = false)
    private boolean managerApproval;

    @Column(name = "check_in_code", nullable = false, updatable = false, length = 12)
    private String checkInCode;

    @Column(nullable = false)
    private boolean cancelled;

    /** The first meeting's start, kept for ordering and the reminder job. */
    @Column(name = "first_starts_at", nullable = false)
    private Instant firstStartsAt;

    @Column(nullable = false)
    private boolean reminded;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_meeting", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Meeting> meetings = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_session_quota", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "organisation_id")
    @Column(name = "seats", nullable = false)
    @BatchSize(size = 100)
    private Map<Long, Integer> quotas = new HashMap<>();

    @Version
    private long version;

    protected CourseSession() {}

    CourseSession(Course course, SessionDraft draft, String checkInCode) {
        this.course = course;
        this.checkInCode = checkInCode;
        write(draft);
    }

    void write(SessionDraft draft) {
        String newName = Texts.required(draft.name(), 200, "session.error.name");
        if (draft.meetings().isEmpty()
                || draft.meetings().size() > 20
                || draft.meetings().stream()
                        .anyMatch(m -> m.startsAt() == null
                                || m.endsAt() == null
                                || !m.endsAt().isAfter(m.startsAt()))) {
            throw new DomainValidationException("session.error.meetings", "1–20 meetings, each ending after it starts");
        }
        if (draft.capacity() < 1 || draft.capacity() > 10_000) {
            throw new DomainValidationException("session.error.capacity", "Capacity is 1–10 000");
        }
        if (draft.quotas().values().stream().anyMatch(q -> q == null || q < 0 || q > draft.capacity())) {
            throw new DomainValidationException("session.error.quota", "A quota is 0–capacity seats");
        }
        List<Meeting> ordered = draft.meetings().stream()
                .sorted(Comparator.comparing(Meeting::startsAt))
                .toList();
        Instant first = ordered.getFirst().startsAt();
        if (draft.registrationOpens() == null
                || draft.registrationCloses() == null
                || !draft.registrationCloses().isAfter(draft.registrationOpens())
                || draft.registrationCloses().isAfter(first)) {
            throw new DomainValidationException(
                    "session.error.registration", "Registration closes after it opens and before the first meeting");
        }
        if (draft.cancellationDeadline() == null || draft.cancellationDeadline().isAfter(first)) {
            throw new DomainValidationException(
                    "session.error.cancellation", "Cancelling ends before the first meeting");
        }
        this.name = newName;
        this.place = Texts.optional(draft.place(), 300, "session.error.length");
        this.onlineLink = Texts.optional(draft.onlineLink(), 500, "session.error.length");
        if (onlineLink != null && !onlineLink.startsWith("https://")) {
            throw new DomainValidationException("session.error.link", "An online link starts with https://");
        }
        if (place == null && onlineLink == null) {
            throw new DomainValidationException("session.error.place", "A place or an online link is required");
        }
        this.teachers = Texts.optional(draft.teachers(), 300, "session.error.length");
        this.capacity = draft.capacity();
        this.quotas.clear();
        draft.quotas().forEach((organisation, seats) -> this.quotas.put(organisation, seats));
        this.registrationOpens = draft.registrationOpens();
        this.registrationCloses = draft.registrationCloses();
        this.cancellationDeadline = draft.cancellationDeadline();
        this.managerApproval = draft.managerApproval();
        this.meetings.clear();
        this.meetings.addAll(ordered);
        this.firstStartsAt = first;
        this.reminded = false;
    }

    boolean isRegistrationOpen(Instant now) {
        return !cancelled && !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
    }

    void cancel() {
        this.cancelled = true;
    }

    void reminded() {
        this.reminded = true;
    }

    /** The session as its form shows it, for a change. */
    public SessionDraft asDraft() {
        return new SessionDraft(
                name,
                meetings,
                place,
                onlineLink,
                teachers,
                capacity,
                quotas,
                registrationOpens,
                registrationCloses,
                cancellationDeadline,
                managerApproval);
    }

    /** The organisation's seat quota, or null when only the capacity limits it. */
    public Integer quotaOf(Long organisationId) {
        return quotas.get(organisationId);
    }

    public Instant lastEndsAt() {
        return meetings.stream()
                .map(Meeting::endsAt)
                .max(Comparator.naturalOrder())
                .orElse(firstStartsAt);
    }

    public Long id() {
        return id;
    }

    public Course course() {
        return course;
    }

    public String name() {
        return name;
    }

    public int capacity() {
        return capacity;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public String teachers() {
        return teachers;
    }

    public Instant registrationOpens() {
        return registrationOpens;
    }

    public Instant registrationCloses() {
        return registrationCloses;
    }

    public Instant cancellationDeadline() {
        return cancellationDeadline;
    }

    public boolean managerApproval() {
        return managerApproval;
    }

    public String checkInCode() {
        return checkInCode;
    }

    public boolean cancelled() {
        return cancelled;
    }

    public Instant firstStartsAt() {
        return firstStartsAt;
    }

    public boolean isReminded() {
        return reminded;
    }

    public List<Meeting> meetings() {
        return List.copyOf(meetings);
    }

    public Map<Long, Integer> quotas() {
        return Map.copyOf(quotas);
    }

    public long version() {
        return version;
    }
}
