package se.hoglandet.platform.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * Notifications in the portal (the bell) and by e-mail, as each person prefers per kind: e-mail at once or in a
 * daily or weekly digest, except duty mail, which always goes at once. People who never chose (among them those who
 * never signed in) get the defaults: both channels, e-mail at once. Deactivated people are never notified. Texts
 * come from {@code notifications/messages*.properties} in the recipient's language.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    /**
     * What to say: the texts are {@code <kind>.<variant>.subject} and {@code .body} in the bundle, filled with the
     * arguments; {@code link} is a path inside the portal.
     */
    public record Message(NotificationKind kind, String variant, String link, Object... arguments) {

        String key(String part) {
            return kind.name() + "." + variant + "." + part;
        }
    }

    /** A kind with the person's choices. */
    public record Preference(NotificationKind kind, boolean inApp, boolean email, EmailFrequency frequency) {}

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final DigestEntryRepository digests;
    private final Recipients recipients;
    private final TransactionTemplate perRecipient;
    private final CurrentActor currentActor;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final MessageSource texts = texts();
    private final String from;
    private final String baseUrl;

    NotificationService(
            NotificationRepository notifications,
            NotificationPreferenceRepository preferences,
            DigestEntryRepository digests,
            Recipients recipients,
            PlatformTransactionManager transactions,
            CurrentActor currentActor,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            @Value("${portal.mail.from:noreply@hoglandet.invalid}") String from,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.digests = digests;
        this.recipients = recipients;
        this.perRecipient = new TransactionTemplate(transactions);
        this.currentActor = currentActor;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * Notifies a person through the channels they chose. Fails (and so is retried by the event registry) when
     * the mail server refuses; the in-app notification is then rolled back too, so a retry does not double it.
     */
    /** A file sent with the e-mail, e.g. a calendar invitation (text/calendar). */
    public record Attachment(String filename, String contentType, byte[] content) {}

    @SystemAccess("Listeners notify people after a change, outside any user's request")
    @Transactional
    public void send(Long recipientPersonId, Message message) {
        send(recipientPersonId, message, null);
    }

    /**
     * Notifies a person through the channels they chose, the e-mail with {@code attachment} when there is one. Fails
     * (and so is retried by the event registry) when the mail server refuses; the in-app notification is then rolled
     * back too, so a retry does not double it.
     */
    @SystemAccess("Listeners notify people after a change, outside any user's request")
    @Transactional
    public void send(Long recipientPersonId, Message message, Attachment attachment) {
        Recipients.Recipient recipient = recipients.find(recipientPersonId).orElse(null);
        if (recipient == null || !recipient.active()) {
            return;
        }
        Preference preference = preferencesOf(recipientPersonId).get(message.kind());
        Locale locale = recipient.locale();
        String subject = texts.getMessage(message.key("subject"), message.arguments(), locale);
        String body = texts.getMessage(message.key("body"), message.arguments(), locale);
        if (message.kind().isChoosable() && preference.inApp()) {
            notifications.save(new Notification(
                    recipientPersonId, message.kind(), subject, body, message.link(), clock.instant()));
        }
        if (!preference.email() || recipient.email() == null) {
            return;
        }
        if (message.kind().isDuty() || preference.frequency() == EmailFrequency.IMMEDIATE) {
            mail(recipient.email(), subject, body, message.link(), locale, attachment);
        } else {
            digests.save(new DigestEntry(
                    recipientPersonId, preference.frequency(), subject, body, message.link(), clock.instant()));
        }
    }

    /**
     * E-mails a functional mailbox (say, the organisation's incident mailbox) at once, in Swedish; mailboxes have no
     * portal inbox and no preferences.
     */
    @SystemAccess("Routing copies a duty's functional mailbox after a change, outside any user's request")
    public void mailTo(String address, Message message) {
        Locale swedish = SWEDISH;
        mail(
                address,
                texts.getMessage(message.key("subject"), message.arguments(), swedish),
                texts.getMessage(message.key("body"), message.arguments(), swedish),
                message.link(),
                swedish,
                null);
    }

    /**
     * Sends each person with waiting entries of this frequency one digest mail, and forgets the entries mailed. One
     * transaction per person: a mail server that fails half-way leaves the rest for the next run. Returns how many
     * mails went.
     */
    @SystemAccess("The digest jobs run outside any user's request")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int sendDigests(EmailFrequency frequency) {
        int sent = 0;
        for (Long personId : digests.recipientsOf(frequency)) {
            Boolean mailed = perRecipient.execute(status -> sendDigest(personId, frequency));
            if (Boolean.TRUE.equals(mailed)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendDigest(Long personId, EmailFrequency frequency) {
        List<DigestEntry> entries = digests.findByPersonIdAndFrequencyOrderByCreatedAtAscIdAsc(personId, frequency);
        Recipients.Recipient recipient = recipients.find(personId).orElse(null);
        digests.deleteAll(entries);
        if (entries.isEmpty() || recipient == null || !recipient.active() || recipient.email() == null) {
            return false;
        }
        Locale locale = recipient.locale();
        StringBuilder text = new StringBuilder();
        for (DigestEntry entry : entries) {
            text.append("• ").append(entry.subject()).append("\n  ").append(entry.body());
            if (entry.link() != null) {
                text.append("\n  ").append(baseUrl).append(entry.link());
            }
            text.append("\n\n");
        }
        String subject =
                texts.getMessage("digest." + frequency.name() + ".subject", new Object[] {entries.size()}, locale);
        mail(recipient.email(), subject, text.toString().strip(), null, locale, null);
        return true;
    }

    private void mail(String to, String subject, String body, String link, Locale locale, Attachment attachment) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured; not e-mailing {}", subject);
            return;
        }
        String text = body + "\n\n" + (link == null ? "" : baseUrl + link + "\n\n")
                + texts.getMessage("mail.footer", null, locale);
        sender.send(mime -> {
            MimeMessageHelper mail = new MimeMessageHelper(mime, attachment != null, "UTF-8");
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(text);
            if (attachment != null) {
                mail.addAttachment(
                        attachment.filename(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        });
    }

    @RequiresLogin
    public long unreadCount() {
        return notifications.countByRecipientPersonIdAndReadAtIsNull(
                currentActor.get().personId());
    }

    @RequiresLogin
    public Page<Notification> mine(Pageable pageable) {
        return notifications.findByRecipientPersonIdOrderByCreatedAtDescIdDesc(
                currentActor.get().personId(), pageable);
    }

    @RequiresLogin
    @Transactional
    public void markRead(Long notificationId) {
        Notification notification = notifications
                .findById(notificationId)
                .orElseThrow(() -> new PermissionDeniedException("No such notification"));
        if (!notification.recipientPersonId().equals(currentActor.get().personId())) {
            throw new PermissionDeniedException("Not your notification");
        }
        notification.markRead(clock.instant());
    }

    @RequiresLogin
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentActor.get().personId(), clock.instant());
    }

    /** The person's choices for every kind they may choose for (duty kinds: the frequency does not apply). */
    @RequiresLogin
    public List<Preference> myPreferences() {
        Map<NotificationKind, Preference> mine =
                preferencesOf(currentActor.get().personId());
        return Arrays.stream(NotificationKind.values())
                .filter(NotificationKind::isChoosable)
                .map(mine::get)
                .toList();
    }

    @RequiresLogin
    @Transactional
    public void choose(NotificationKind kind, boolean inApp, boolean email) {
        choose(kind, inApp, email, EmailFrequency.IMMEDIATE);
    }

    /** Chooses the channels of one kind and how often its e-mail comes (duty mail comes at once regardless). */
    @RequiresLogin
    @Transactional
    public void choose(NotificationKind kind, boolean inApp, boolean email, EmailFrequency frequency) {
        if (kind == null || !kind.isChoosable()) {
            throw new DomainValidationException("notification.error.kind", "Not a kind one chooses");
        }
        Long me = currentActor.get().personId();
        NotificationPreference preference = preferences
                .findById(new NotificationPreference.Key(me, kind))
                .orElseGet(() -> new NotificationPreference(me, kind));
        preference.choose(inApp, email, frequency == null ? EmailFrequency.IMMEDIATE : frequency);
        preferences.save(preference);
    }

    private Map<NotificationKind, Preference> preferencesOf(Long personId) {
        Map<NotificationKind, Preference> chosen = preferences.findByPersonId(personId).stream()
                .map(p -> new Preference(p.kind(), p.inApp(), p.email(), p.emailFrequency()))
                .collect(Collectors.toMap(Preference::kind, Function.identity()));
        return Arrays.stream(NotificationKind.values())
                .collect(Collectors.toMap(
                        Function.identity(),
                        kind -> chosen.getOrDefault(kind, new Preference(kind, true, true, EmailFrequency.IMMEDIATE))));
    }

    private static MessageSource texts() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("notifications/messages");
        source.setDefaultEncoding("UTF-8");
        // Swedish is the base bundle: never fall back to the server's locale.
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
