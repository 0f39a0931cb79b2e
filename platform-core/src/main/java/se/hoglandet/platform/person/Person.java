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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Role;

/**
 * A person in the staff directory: personal data under GDPR, so it holds only what routing needs (name, e-mail,
 * organisation, roles, nearest manager, language). Known before the first login when the directory source (the
 * Keycloak sync, a CSV import, an administrator, demo mode) adds them; linked to a login by subject, or by a
 * verified e-mail of the same organisation; refreshed from the identity provider at every login, whose roles win.
 * A deactivated person is kept for history, never notified and never offered in a picker; after the retention
 * period they are anonymised.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * The identity provider's stable subject, prefixed by the provider, e.g. {@code local:eksjo.member} or
     * {@code keycloak:<user id>}; {@code null} until a login is linked (or after anonymisation).
     */
    @Column(length = 255)
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

    /** The nearest manager ("närmaste chef"), told of incidents the person reports. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private PersonSource source = PersonSource.LOGIN;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** The login before the latest one: "new since your last visit" starts here. */
    @Column(name = "previous_login_at")
    private Instant previousLoginAt;

    @Version
    private long version;

    protected Person() {}

    Person(String subject, Organisation organisation) {
        this.subject = subject;
        this.organisation = organisation;
    }

    /** A person the directory knows before any login. */
    Person(DirectoryEntry entry, Organisation organisation, PersonSource source, boolean demo) {
        this.subject = entry.subject();
        this.organisation = organisation;
        this.source = source;
        this.demo = demo;
        takeFromDirectory(entry, organisation);
    }

    /** Name, e-mail, organisation and roles as the directory source says; the language stays the person's own. */
    void takeFromDirectory(DirectoryEntry entry, Organisation currentOrganisation) {
        this.displayName = entry.displayName();
        this.email = entry.email();
        this.organisation = currentOrganisation;
        this.roles.clear();
        this.roles.addAll(entry.roles());
        this.active = true;
        this.deactivatedAt = null;
    }

    void reportTo(Person nearestManager) {
        this.manager = nearestManager;
    }

    void deactivate(Instant at) {
        if (active) {
            active = false;
            deactivatedAt = at;
        }
    }

    /** After the retention period nothing identifies the person any more; the row stays for history. */
    void anonymise(Instant at) {
        this.anonymisedAt = at;
        this.subject = null;
        this.displayName = "–";
        this.email = null;
        this.manager = null;
        this.roles.clear();
        this.active = false;
    }

    /** A login of this subject found the person by verified e-mail: from now on the subject links them. */
    void linkLogin(String loginSubject) {
        this.subject = loginSubject;
    }

    /** Name, e-mail and organisation are the identity provider's facts and follow it at every login. */
    void refreshFromLogin(LoginIdentity identity, Organisation currentOrganisation, Instant at) {
        this.displayName = identity.displayName();
        this.email = identity.email();
        this.organisation = currentOrganisation;
        this.previousLoginAt = this.lastLoginAt;
        this.lastLoginAt = at;
        this.active = true;
        this.deactivatedAt = null;
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
    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant previousLoginAt() {
        return previousLoginAt;
    }

    /** The nearest manager, or {@code null}; a lazy reference, read inside a transaction. */
    public Person manager() {
        return manager;
    }

    public boolean isActive() {
        return active;
    }

    public PersonSource source() {
        return source;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    /** Has signed in at least once. */
    public boolean hasSignedIn() {
        return lastLoginAt != null;
    }

    public long version() {
        return version;
    }
}
