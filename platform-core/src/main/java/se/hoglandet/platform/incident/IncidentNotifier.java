package se.hoglandet.platform.incident;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.RoutingDuty;

/**
 * Routes an incident at once (duty mail, in-app and by e-mail) to everyone {@link IncidentRouter} names and to the
 * incident mailbox, the data-protection mailbox too when personal data may be involved, and the federation's
 * incident mailbox when the reporter asked for it; tells the reporter how it goes. Runs after the change commits,
 * retried if it fails.
 */
@Component
class IncidentNotifier {

    private final IncidentRouter router;
    private final PersonService people;
    private final FunctionalMailboxService mailboxes;
    private final NotificationService notifications;

    IncidentNotifier(
            IncidentRouter router,
            PersonService people,
            FunctionalMailboxService mailboxes,
            NotificationService notifications) {
        this.router = router;
        this.people = people;
        this.mailboxes = mailboxes;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(IncidentReported event) {
        String reporter = people.findById(event.reporterPersonId())
                .map(Person::displayName)
                .orElse("");
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.INCIDENT_REPORTED,
                event.personalData() ? "personalData" : "reported",
                "incidents/" + event.incidentId(),
                event.title(),
                reporter);
        IncidentRouting routing = router.routeFor(event.organisationId(), event.reporterPersonId());
        routing.people().forEach(person -> notifications.send(person.personId(), message));
        if (routing.mailbox() != null) {
            notifications.mailTo(routing.mailbox(), message);
        }
        if (event.personalData()) {
            mailboxes
                    .mailboxFor(event.organisationId(), RoutingDuty.DATA_PROTECTION)
                    .ifPresent(address -> notifications.mailTo(address, message));
        }
        if (event.tellFederation() && routing.federationMailbox() != null) {
            notifications.mailTo(routing.federationMailbox(), message);
        }
    }

    @ApplicationModuleListener
    void on(IncidentStatusChanged event) {
        if (event.reporterPersonId().equals(event.byPersonId()) || event.to() == null) {
            return;
        }
        notifications.send(
                event.reporterPersonId(),
                new NotificationService.Message(
                        NotificationKind.INCIDENT_STATUS_CHANGED,
                        event.to().name(),
                        "incidents/" + event.incidentId(),
                        event.title()));
    }
}
