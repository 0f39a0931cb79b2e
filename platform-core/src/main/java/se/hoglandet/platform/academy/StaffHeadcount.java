package se.hoglandet.platform.academy;

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
import se.hoglandet.platform.shared.Role;

/**
 * How many people of one role an organisation has, as its administrator states it, for organisations that keep
 * staff outside the directory: overrides the directory's count as the AI-literacy denominator.
 */
@Entity
@Table(name = "staff_headcount")
@IdClass(StaffHeadcount.Key.class)
class StaffHeadcount {

    record Key(Long organisationId, Role role) implements Serializable {
        Key() {
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
    private Role role;

    @Column(nullable = false)
    private int headcount;

    @Version
    private long version;

    protected StaffHeadcount() {}

    StaffHeadcount(Long organisationId, Role role, int headcount) {
        this.organisationId = organisationId;
        this.role = role;
        this.headcount = headcount;
    }

    void change(int newHeadcount) {
        this.headcount = newHeadcount;
    }

    Long organisationId() {
        return organisationId;
    }

    Role role() {
        return role;
    }

    int headcount() {
        return headcount;
    }
}
