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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;

/** A person's membership of a network, for the organisation they belong to when they join. */
@Entity
@Table(name = "network_member")
public class NetworkMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MemberStatus status;

    @Column(nullable = false)
    private Instant since;

    @Version
    private long version;

    protected NetworkMember() {}

    NetworkMember(Long networkId, Person person, MemberRole role, MemberStatus status, Instant now) {
        this.networkId = networkId;
        this.person = person;
        this.organisation = person.organisation();
        this.role = role;
        this.status = status;
        this.since = now;
    }

    void approve(Instant now) {
        this.status = MemberStatus.ACTIVE;
        this.since = now;
    }

    void changeRole(MemberRole newRole) {
        this.role = newRole;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public boolean isCoordinator() {
        return isActive() && role == MemberRole.COORDINATOR;
    }

    public Long id() {
        return id;
    }

    public Long networkId() {
        return networkId;
    }

    public Person person() {
        return person;
    }

    public Organisation organisation() {
        return organisation;
    }

    public MemberRole role() {
        return role;
    }

    public MemberStatus status() {
        return status;
    }

    public Instant since() {
        return since;
    }

    public long version() {
        return version;
    }
}
