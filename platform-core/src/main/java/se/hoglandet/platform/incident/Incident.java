package se.hoglandet.platform.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * An incident or suspected misuse of an AI tool, owned by the reporter's organisation. PRIVATE by default, and
 * then narrower than the truth table's PRIVATE: only the reporter and the organisation's handlers (security
 * officers, DPOs, IT managers) read it (see {@link IncidentService}). Handlers may share it to spread the lesson.
 */
@Entity
@Table(name = "incident")
public class Incident extends ShareableRecord {

    /** GDPR art. 33: a personal data breach is notified to the supervisory authority within 72 hours. */
    public static final Duration BREACH_NOTIFICATION_TIME = Duration.ofHours(72);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private IncidentKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private IncidentSeverity severity;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "personal_data", nullable = false)
    private boolean personalData;

    @Column(name = "tool_id", updatable = false)
    private Long toolId;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private IncidentStatus status;

    @Column(length = 4000)
    private String resolution;

    @Column(name = "reporter_person_id", nullable = false, updatable = false)
    private Long reporterPersonId;

    @Column(name = "reporter_name", nullable = false, updatable = false, length = 200)
    private String reporterName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Incident() {}

    Incident(
            Organisation owner,
            IncidentReport report,
            Long reporterPersonId,
            String reporterName,
            Instant now,
            LocalDate today) {
        super(owner, Visibility.PRIVATE);
        this.title = Texts.required(report.title(), 200, "incident.error.title");
        this.description = Texts.required(report.description(), 4000, "incident.error.description");
        if (report.kind() == null || report.severity() == null) {
            throw new DomainValidationException("incident.error.kind", "Say what kind of incident and how serious");
        }
        if (report.occurredOn() == null || report.occurredOn().isAfter(today)) {
            throw new DomainValidationException("incident.error.occurredOn", "When did it happen? Not in the future");
        }
        this.kind = report.kind();
        this.severity = report.severity();
        this.occurredOn = report.occurredOn();
        this.personalData = report.personalData();
        this.toolId = report.toolId();
        this.initiativeId = report.initiativeId();
        this.status = IncidentStatus.REPORTED;
        this.reporterPersonId = reporterPersonId;
        this.reporterName = reporterName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Never public: an incident report names people and weaknesses. */
    @Override
    public void changeVisibility(Visibility newVisibility) {
        if (newVisibility == Visibility.PUBLIC) {
            throw new DomainValidationException("incident.error.public", "An incident is never public");
        }
        super.changeVisibility(newVisibility);
    }

    void moveTo(IncidentStatus target, String note, Instant now) {
        if (!status.next().contains(target)) {
            throw new DomainValidationException("incident.error.transition", "Not a next step for this incident");
        }
        if (target == IncidentStatus.CLOSED) {
            this.resolution = Texts.required(note, 4000, "incident.error.resolution");
            this.closedAt = now;
        } else {
            this.closedAt = null;
        }
        this.status = target;
        this.updatedAt = now;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    /** When the supervisory authority must have been notified, if this is a personal data breach. */
    public Instant breachNotificationDeadline() {
        return personalData ? createdAt.plus(BREACH_NOTIFICATION_TIME) : null;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public IncidentKind kind() {
        return kind;
    }

    public IncidentSeverity severity() {
        return severity;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public boolean personalData() {
        return personalData;
    }

    public Long toolId() {
        return toolId;
    }

    public Long initiativeId() {
        return initiativeId;
    }

    public IncidentStatus status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    public Long reporterPersonId() {
        return reporterPersonId;
    }

    public String reporterName() {
        return reporterName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
