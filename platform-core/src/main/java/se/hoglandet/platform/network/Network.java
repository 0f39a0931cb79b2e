package se.hoglandet.platform.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.visibility.ShareableRecord;

/**
 * A network (community of practice): AI coordinators, information security, procurement… Owned by its founder's
 * organisation; its members' organisations are its participating organisations on the visibility truth table, so
 * a PRIVATE network is read by exactly the organisations taking part.
 */
@Entity
@Table(name = "network")
public class Network extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "membership_mode", nullable = false, length = 20)
    private MembershipMode membershipMode;

    @Column(name = "created_by_person_id", updatable = false)
    private Long createdByPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    protected Network() {}

    Network(Organisation owner, NetworkDraft draft, Long createdByPersonId, Instant now, boolean demo) {
        super(owner, draft.visibility());
        this.createdByPersonId = createdByPersonId;
        this.createdAt = now;
        this.demo = demo;
        describe(draft, now);
    }

    void describe(NetworkDraft draft, Instant now) {
        String newName = Texts.required(draft.name(), 200, "network.error.name");
        String newPurpose = Texts.required(draft.purpose(), 2000, "network.error.purpose");
        if (draft.membershipMode() == null) {
            throw new DomainValidationException("network.error.membershipMode", "Choose how people join");
        }
        changeVisibility(draft.visibility());
        this.name = newName;
        this.purpose = newPurpose;
        this.membershipMode = draft.membershipMode();
        this.updatedAt = now;
    }

    void touched(Instant now) {
        this.updatedAt = now;
    }

    public NetworkDraft draft() {
        return new NetworkDraft(
                name,
                purpose,
                membershipMode,
                visibility(),
                namedOrganisations().stream().map(Organisation::id).collect(Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String purpose() {
        return purpose;
    }

    public MembershipMode membershipMode() {
        return membershipMode;
    }

    public Long createdByPersonId() {
        return createdByPersonId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDemo() {
        return demo;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Network that && id != null && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Network.class.hashCode();
    }
}
