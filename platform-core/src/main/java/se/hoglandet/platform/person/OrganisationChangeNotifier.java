package se.hoglandet.platform.person;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.organisation.CompanyAdded;
import se.hoglandet.platform.organisation.OrganisationDeactivated;
import se.hoglandet.platform.shared.Role;

/**
 * Tells a municipality's administrators when one of its companies is added or deactivated (by someone else).
 * Runs after the change commits, from the event publication registry, so a failure is retried, not lost.
 */
@Component
class OrganisationChangeNotifier {

    private final PersonService people;
    private final NotificationService notifications;

    OrganisationChangeNotifier(PersonService people, NotificationService notifications) {
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(CompanyAdded event) {
        notifyAdministrators(
                event.municipalityId(),
                event.byPersonId(),
                new NotificationService.Message(
                        NotificationKind.ORGANISATION_CHANGED, "added", "organisations", event.name()));
    }

    @ApplicationModuleListener
    void on(OrganisationDeactivated event) {
        if (event.parentId() != null) {
            notifyAdministrators(
                    event.parentId(),
                    event.byPersonId(),
                    new NotificationService.Message(
                            NotificationKind.ORGANISATION_CHANGED, "deactivated", "organisations", event.name()));
        }
    }

    private void notifyAdministrators(Long municipalityId, Long byPersonId, NotificationService.Message message) {
        for (Person administrator : people.peopleWithRole(municipalityId, Role.ORG_ADMIN)) {
            if (!administrator.id().equals(byPersonId)) {
                notifications.send(administrator.id(), message);
            }
        }
    }
}
