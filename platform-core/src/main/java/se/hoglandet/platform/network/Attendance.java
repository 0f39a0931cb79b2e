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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;

/**
 * Whether a person was at a meeting, for which organisation, and with what mandate. The organisations of those
 * present are the organisations represented at the meeting.
 */
@Entity
@Table(name = "network_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(nullable = false)
    private boolean present;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Mandate mandate;

    protected Attendance() {}

    Attendance(Long meetingId, Person person, Organisation organisation) {
        this.meetingId = meetingId;
        this.person = person;
        this.organisation = organisation;
        this.mandate = Mandate.LISTENING;
    }

    void record(boolean isPresent, Mandate newMandate) {
        this.present = isPresent;
        this.mandate = newMandate == null ? Mandate.LISTENING : newMandate;
    }

    public Long id() {
        return id;
    }

    public Long meetingId() {
        return meetingId;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean present() {
        return present;
    }

    public Mandate mandate() {
        return mandate;
    }
}
