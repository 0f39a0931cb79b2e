package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.hoglandet.platform.shared.Texts;

/** One item of a meeting's agenda, with the minutes written for it. */
@Entity
@Table(name = "network_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String minutes;

    @Version
    private long version;

    protected AgendaItem() {}

    AgendaItem(Long meetingId, int position, String title) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = Texts.required(title, 200, "network.error.agendaItem");
    }

    void recordMinutes(String text) {
        this.minutes = Texts.optional(text, 4000, "network.error.minutes");
    }

    public Long id() {
        return id;
    }

    public Long meetingId() {
        return meetingId;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public String minutes() {
        return minutes;
    }

    public long version() {
        return version;
    }
}
