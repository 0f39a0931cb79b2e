package se.hoglandet.platform.identity.local;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.shared.Role;

/**
 * A local account: the embedded default's login. Holds what an identity provider would otherwise say (name,
 * e-mail, organisation code, roles) plus the BCrypt hash and the failed-login counter.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /** Created by demo mode; listed on the login page only then. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            String displayName,
            String email,
            String organisationCode,
            Set<Role> roles,
            boolean demo) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisationCode = organisationCode;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.demo = demo;
    }

    /** The person chose their password (through an invitation): the e-mail that carried the link is theirs. */
    void choosePassword(String hash) {
        this.passwordHash = hash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** An administrator changed the person in the directory: the login carries the same name, e-mail and roles. */
    void followDirectory(String newDisplayName, String newEmail, Set<Role> newRoles, boolean active) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.enabled = active;
    }

    Long id() {
        return id;
    }

    /** Counts a failed login; after {@code maxAttempts} in a row the account is locked for {@code lockFor}. */
    void registerFailedLogin(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    void registerSuccessfulLogin() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
