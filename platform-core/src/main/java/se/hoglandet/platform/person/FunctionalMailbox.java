package se.hoglandet.platform.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation's shared address for one routing duty, e.g. {@code incident@eksjo.se}. */
@Entity
@Table(name = "functional_mailbox")
@IdClass(FunctionalMailbox.Key.class)
public class FunctionalMailbox {

    /** The composite key. */
    public record Key(Long organisationId, RoutingDuty duty) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private RoutingDuty duty;

    @Column(nullable = false, length = 254)
    private String address;

    @Version
    private long version;

    protected FunctionalMailbox() {}

    FunctionalMailbox(Long organisationId, RoutingDuty duty, String address) {
        this.organisationId = organisationId;
        this.duty = duty;
        this.address = address;
    }

    void changeAddress(String newAddress) {
        this.address = newAddress;
    }

    public Long organisationId() {
        return organisationId;
    }

    public RoutingDuty duty() {
        return duty;
    }

    public String address() {
        return address;
    }

    public long version() {
        return version;
    }
}
