package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;

/** A meeting of a network: when and where; its agenda, attendance, decisions and actions hang off it. */
@Entity
@Table(name = "network_meeting")
public class NetworkMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String place;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NetworkMeeting() {}

    NetworkMeeting(Long networkId, MeetingDraft draft, Instant now) {
        this.networkId = networkId;
        this.createdAt = now;
        plan(draft, now);
    }

    /** Sets time and place; a meeting that ends before it starts, or has neither place nor link, is refused. */
    void plan(MeetingDraft draft, Instant now) {
        String newTitle = Texts.required(draft.title(), 200, "network.error.meetingTitle");
        if (draft.startsAt() == null || draft.endsAt() == null) {
            throw new DomainValidationException("network.error.meetingTime", "A meeting needs a start and an end");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new DomainValidationException("network.error.endsBeforeStart", "A meeting must end after it starts");
        }
        String newPlace = Texts.optional(draft.place(), 200, "network.error.place");
        String newLink = Texts.optional(draft.onlineLink(), 500, "network.error.place");
        if (newPlace == null && newLink == null) {
            throw new DomainValidationException("network.error.place", "A meeting needs a place or a link");
        }
        if (newLink != null && !newLink.matches("(?i)https?://\\S+")) {
            throw new DomainValidationException("network.error.link", "The link must start with https://");
        }
        if (startsAt != null && !startsAt.equals(draft.startsAt())) {
            remindedAt = null; // moved: remind again before the new time
        }
        this.title = newTitle;
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.place = newPlace;
        this.onlineLink = newLink;
        this.updatedAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    /** Time and place as a draft to edit (the agenda is edited item by item on the meeting's page). */
    public MeetingDraft draft() {
        return new MeetingDraft(title, startsAt, endsAt, place, onlineLink, List.of());
    }

    /** Where to go: the place, else the link. */
    public String where() {
        return place != null ? place : onlineLink;
    }

    public Long id() {
        return id;
    }

    public Long networkId() {
        return networkId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String onlineLink() {
        return onlineLink;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public long version() {
        return version;
    }
}
