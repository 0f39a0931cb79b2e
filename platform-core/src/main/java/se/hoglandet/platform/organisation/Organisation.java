package se.hoglandet.platform.organisation;

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
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.DomainValidationException;

/**
 * A tenant: the federation, a member municipality, or a municipal company. Identified everywhere by its stable
 * {@link #code()} (the identity provider's {@code organisation} attribute), never by its display name.
 */
@Entity
@Table(name = "organisation")
@BatchSize(size = 100) // the owners of a page of records load in one statement
public class Organisation {

    /** Swedish organisation number, NNNNNN-NNNN. */
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("\\d{6}-\\d{4}");

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    /** Empty unless the real number is known: facts about real bodies are never invented. */
    @Column(name = "organisation_number", length = 11)
    private String organisationNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, updatable = false, length = 20)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Organisation parent;

    @Column(nullable = false)
    private boolean active = true;

    /** Seeded demo data, shown as such so that nobody mistakes it for facts. */
    @Column(nullable = false)
    private boolean demo;

    /** Separation of duties: may the person who gave a review round's last required sign-off also decide? */
    @Column(name = "last_signer_may_decide", nullable = false)
    private boolean lastSignerMayDecide;

    @Version
    private long version;

    protected Organisation() {}

    private Organisation(String code, String name, OrganisationKind kind, Organisation parent) {
        this.code = code;
        this.kind = kind;
        this.parent = parent;
        rename(name);
    }

    /** A company owned by {@code municipality}. */
    public static Organisation company(String code, String name, Organisation municipality) {
        if (municipality.kind != OrganisationKind.MUNICIPALITY) {
            throw new DomainValidationException(
                    "organisation.error.parentMustBeMunicipality", "A company belongs to a municipality");
        }
        return new Organisation(code, name, OrganisationKind.COMPANY, municipality);
    }

    public void rename(String newName) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new DomainValidationException("organisation.error.name", "Name must be 1-200 characters");
        }
        this.name = trimmed;
    }

    public void changeOrganisationNumber(String number) {
        String trimmed = number == null ? "" : number.strip();
        if (!trimmed.isEmpty() && !ORGANISATION_NUMBER.matcher(trimmed).matches()) {
            throw new DomainValidationException(
                    "organisation.error.organisationNumber", "Organisation number must be NNNNNN-NNNN");
        }
        this.organisationNumber = trimmed.isEmpty() ? null : trimmed;
    }

    public void deactivate() {
        if (kind == OrganisationKind.FEDERATION) {
            throw new DomainValidationException(
                    "organisation.error.federationStaysActive", "The federation cannot be deactivated");
        }
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    void allowLastSignerToDecide(boolean allowed) {
        this.lastSignerMayDecide = allowed;
    }

    void markAsDemo() {
        this.demo = true;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String organisationNumber() {
        return organisationNumber;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Organisation parent() {
        return parent;
    }

    public Long parentId() {
        return parent == null ? null : parent.id();
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Whether the person who gave a review round's last required sign-off may also decide (off by default). */
    public boolean lastSignerMayDecide() {
        return lastSignerMayDecide;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Organisation that && id() != null && Objects.equals(id(), that.id()));
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation[" + code + "]";
    }
}
