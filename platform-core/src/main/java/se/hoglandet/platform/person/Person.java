package se.hoglandet.platform.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;

/**
 * A person's profile: personal data under GDPR, so it holds only what the portal needs. Created at the first
 * login and refreshed from the identity provider at every login; the language is the person's own choice.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The identity provider's stable subject, prefixed by the provider, e.g. {@code local:eksjo.member}. */
    @Column(nullable = false, updatable = false, length = 255)
    private String subject;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 2)
    private Language language = Language.defaultLanguage();

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The roles of the latest login; the identity provider stays the source of truth. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected Person() {}

    Person(String subject, Organisation organisation) {
        this.subject = subject;
        this.organisation = organisation;
    }

    /** Name, e-mail and organisation are the identity provider's facts and follow it at every login. */
    void refreshFromLogin(LoginIdentity identity, Organisation currentOrganisation, Instant at) {
        this.displayName = identity.displayName();
        this.email = identity.email();
        this.organisation = currentOrganisation;
        this.lastLoginAt = at;
        this.roles.clear();
        this.roles.addAll(identity.roles());
    }

    void chooseLanguage(Language chosen) {
        this.language = chosen;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Language language() {
        return language;
    }

    /** The roles of the latest login. */
    public java.util.Set<Role> roles() {
        return roles.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(java.util.EnumSet.copyOf(roles));
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
