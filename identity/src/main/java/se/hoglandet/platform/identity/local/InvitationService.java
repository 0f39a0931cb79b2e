package se.hoglandet.platform.identity.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.AnonymousAccess;

/**
 * Invitations to new local accounts: a person an administrator added to the directory gets an account (username =
 * e-mail) and a single-use link, valid for {@code portal.invitations.valid-for}, to choose a password at
 * {@code /invitation/{token}}. The page that consumes the link calls {@link #validate} and {@link #setPassword}.
 */
@Service
@NamedInterface("login")
@Transactional(readOnly = true)
public class InvitationService {

    /** Shortest password accepted (NCSC/NIST advice: length over composition rules). */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** Longest password accepted, in UTF-8 bytes (what BCrypt reads). */
    public static final int MAX_PASSWORD_BYTES = 72;

    /** What the invitation page shows: whose account it is and until when the link works. */
    public record InvitationView(String displayName, String username, String organisationName, LocalDate validUntil) {}

    /** A new invitation: the raw token (for the link, never stored) and its last valid day. */
    record Issued(String token, LocalDate validUntil) {}

    private static final ZoneId SWEDEN = SwedishTime.ZONE;
    private final SecureRandom random = new SecureRandom();

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final PersonService people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Duration validFor;

    InvitationService(
            InvitationRepository invitations,
            UserAccountRepository accounts,
            PersonService people,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${portal.invitations.valid-for:P7D}") Duration validFor) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** The invitation behind a link, while it is unused and unexpired; empty otherwise (however it failed). */
    @AnonymousAccess
    public Optional<InvitationView> validate(String token) {
        return open(token)
                .flatMap(invitation -> accounts.findById(invitation.userAccountId())
                        .map(account -> new InvitationView(
                                account.displayName(),
                                account.username(),
                                people.findById(invitation.personId())
                                        .map(p -> p.organisation().name())
                                        .orElse(""),
                                invitation.expiresAt().atZone(SWEDEN).toLocalDate())));
    }

    /**
     * Sets the account's password from the link, once: the invitation (and any older one) is used up.
     *
     * @throws DomainValidationException {@code invitation.error.invalid} for an unknown, used or expired link,
     *     {@code invitation.error.password} for a password shorter than {@value #MIN_PASSWORD_LENGTH} characters or
     *     longer than {@value #MAX_PASSWORD_BYTES} bytes
     */
    @AnonymousAccess
    @Transactional
    public void setPassword(String token, String password) {
        Invitation invitation = open(token)
                .orElseThrow(() -> new DomainValidationException(
                        "invitation.error.invalid", "The link is unknown, used or expired"));
        // BCrypt reads at most 72 bytes: a longer password would be silently cut, so it is refused instead.
        if (password == null
                || password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new DomainValidationException(
                    "invitation.error.password",
                    MIN_PASSWORD_LENGTH + " characters to " + MAX_PASSWORD_BYTES + " bytes");
        }
        UserAccount account = accounts.findById(invitation.userAccountId())
                .orElseThrow(() -> new DomainValidationException("invitation.error.invalid", "No such account"));
        account.choosePassword(passwordEncoder.encode(password));
        invitation.use(clock.instant());
        // Any older invitation of the same account stops working too.
        invitations.findByUserAccountIdAndUsedAtIsNull(account.id()).forEach(i -> i.use(clock.instant()));
    }

    /** Issues a new invitation for a person's local account (older open ones stay until they expire). */
    @Transactional
    Issued issue(UserAccount account, Person person) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Invitation invitation = invitations.save(new Invitation(
                hash(token),
                account.id(),
                person.id(),
                clock.instant(),
                clock.instant().plus(validFor)));
        return new Issued(token, invitation.expiresAt().atZone(SWEDEN).toLocalDate());
    }

    /** Whether the person was ever sent an invitation (used, expired or open). */
    boolean wasInvited(Long personId) {
        return invitations.existsByPersonId(personId);
    }

    private Optional<Invitation> open(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token)).filter(i -> i.isOpenAt(clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
