package se.hoglandet.platform.identity.local;

import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.PeopleInvited;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffChanged;

/**
 * With local accounts, the directory's hand-kept people get their login here: a person added (by hand or import)
 * gets an account whose username is their e-mail, with no usable password, and an invitation mail to choose one;
 * an edit or deactivation brings the account in line (its roles are what a local login carries). After the
 * directory's commit, retried if the mail server refuses.
 */
@Component
@ConditionalOnExpression("!'${portal.auth:local}'.equalsIgnoreCase('keycloak')")
class LocalAccountProvisioning {

    private final UserAccountRepository accounts;
    private final InvitationService invitations;
    private final PersonService people;
    private final NotificationService notifications;
    private final TransactionTemplate perPerson;
    /** A hash of a secret nobody knows: the account cannot be signed in to until the invitation is used. */
    private final String unusablePassword;

    LocalAccountProvisioning(
            UserAccountRepository accounts,
            InvitationService invitations,
            PersonService people,
            NotificationService notifications,
            PasswordEncoder passwordEncoder,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.people = people;
        this.notifications = notifications;
        this.perPerson = new TransactionTemplate(transactions);
        this.perPerson.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.unusablePassword = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    /**
     * One transaction per person: a mail server failing half-way keeps the invitations already mailed, and the
     * event's retry skips everyone who has one.
     */
    @ApplicationModuleListener
    void on(PeopleInvited event) {
        for (Long personId : event.personIds()) {
            perPerson.executeWithoutResult(status -> invite(personId));
        }
    }

    private void invite(Long personId) {
        Person person = people.findById(personId).orElse(null);
        if (person == null || !person.isActive() || person.email() == null || invitations.wasInvited(personId)) {
            return;
        }
        String username = person.email().toLowerCase(Locale.ROOT);
        UserAccount account = accounts.findByUsername(username)
                .orElseGet(() -> accounts.save(new UserAccount(
                        username,
                        unusablePassword,
                        person.displayName(),
                        person.email(),
                        person.organisation().code(),
                        person.roles(),
                        false)));
        InvitationService.Issued issued = invitations.issue(account, person);
        notifications.send(
                person.id(),
                new NotificationService.Message(
                        NotificationKind.INVITATION,
                        "invited",
                        "invitation/" + issued.token(),
                        person.displayName(),
                        person.organisation().name(),
                        issued.validUntil()));
    }

    @ApplicationModuleListener
    void on(StaffChanged event) {
        people.findById(event.personId()).ifPresent(person -> {
            if (person.subject() == null || !person.subject().startsWith("local:")) {
                return;
            }
            accounts.findByUsername(person.subject().substring("local:".length()))
                    .ifPresent(account -> {
                        account.followDirectory(
                                person.displayName(), person.email(), person.roles(), person.isActive());
                        accounts.save(account);
                    });
        });
    }
}
