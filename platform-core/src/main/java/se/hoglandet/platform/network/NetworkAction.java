package se.hoglandet.platform.network;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/**
 * An action (åtgärd) a meeting gave someone: the answer to "pratsamverkan". It has an owner of any organisation and
 * a due date, is followed up at the network's next meeting, and is overdue while open past its due date.
 */
@Entity
@Table(name = "network_action")
public class NetworkAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "decision_id", updatable = false)
    private Long decisionId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_person_id", nullable = false)
    private Person owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_organisation_id", nullable = false)
    private Organisation ownerOrganisation;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ActionStatus status;

    @Column(name = "drop_reason", length = 1000)
    private String dropReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected NetworkAction() {}

    NetworkAction(
            NetworkMeeting meeting,
            String title,
            Person owner,
            LocalDate dueOn,
            Long decisionId,
            Long agendaItemId,
            Instant now) {
        this.networkId = meeting.networkId();
        this.meetingId = meeting.id();
        this.decisionId = decisionId;
        this.agendaItemId = agendaItemId;
        this.title = Texts.required(title, 300, "network.error.actionTitle");
        if (owner == null) {
            throw new DomainValidationException("network.error.actionOwner", "An action needs an owner");
        }
        if (dueOn == null) {
            throw new DomainValidationException("network.error.actionDue", "An action needs a due date");
        }
        this.owner = owner;
        this.ownerOrganisation = owner.organisation();
        this.dueOn = dueOn;
        this.status = ActionStatus.OPEN;
        this.createdAt = now;
    }

    /** Moves the action on; dropping needs a reason, closing records the day, reopening forgets it. */
    void changeStatus(ActionStatus target, String reason, LocalDate today) {
        if (target == null) {
            throw new DomainValidationException("network.error.actionStatus", "Choose a status");
        }
        String why = Texts.optional(reason, 1000, "network.error.dropReason");
        if (target == ActionStatus.DROPPED && why == null) {
            throw new DomainValidationException("network.error.dropReason", "Say why the action is dropped");
        }
        this.dropReason = target == ActionStatus.DROPPED ? why : null;
        if (!target.isClosed()) {
            this.closedOn = null;
        } else if (!status.isClosed() || status != target) {
            this.closedOn = today;
        }
        this.status = target;
    }

    /** Open (or in progress) after its due date. */
    public boolean isOverdue(LocalDate today) {
        return !status.isClosed() && dueOn.isBefore(today);
    }

    /** Done, and no later than its due date. */
    public boolean doneOnTime() {
        return status == ActionStatus.DONE && closedOn != null && !closedOn.isAfter(dueOn);
    }

    public Long id() {
        return id;
    }

    public Long networkId() {
        return networkId;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Long decisionId() {
        return decisionId;
    }

    public Long agendaItemId() {
        return agendaItemId;
    }

    public String title() {
        return title;
    }

    public Person owner() {
        return owner;
    }

    public Organisation ownerOrganisation() {
        return ownerOrganisation;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public ActionStatus status() {
        return status;
    }

    public String dropReason() {
        return dropReason;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
