package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.hoglandet.platform.shared.Texts;

/** A decision taken at a meeting, under one of its agenda items or for the meeting as a whole. */
@Entity
@Table(name = "network_decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {}

    Decision(NetworkMeeting meeting, Long agendaItemId, String text, LocalDate decidedOn, Instant now) {
        this.networkId = meeting.networkId();
        this.meetingId = meeting.id();
        this.agendaItemId = agendaItemId;
        this.text = Texts.required(text, 2000, "network.error.decision");
        this.decidedOn = decidedOn;
        this.createdAt = now;
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

    public Long agendaItemId() {
        return agendaItemId;
    }

    public String text() {
        return text;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public long version() {
        return version;
    }
}
