package se.hoglandet.platform.initiative;

import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Tells the followers of an initiative when it changes status (and, through the lessons' notifier, when it gets a
 * lesson), except the person who did it and anyone who can no longer read the initiative. Runs after the change
 * commits, retried if it fails.
 */
@Component
public class InitiativeFollowerNotifier {

    private final InitiativeService initiatives;
    private final PersonService people;
    private final NotificationService notifications;

    InitiativeFollowerNotifier(InitiativeService initiatives, PersonService people, NotificationService notifications) {
        this.initiatives = initiatives;
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(InitiativeStatusChanged event) {
        notifyFollowers(
                event.initiativeId(),
                event.byPersonId(),
                new NotificationService.Message(
                        NotificationKind.INITIATIVE_STATUS_CHANGED,
                        event.to().name(),
                        "initiatives/" + event.initiativeId(),
                        event.title()));
    }

    /** Tells the initiative's followers who may still read it, except {@code byPersonId}. */
    public void notifyFollowers(Long initiativeId, Long byPersonId, NotificationService.Message message) {
        Initiative initiative = initiatives.findForIndexing(initiativeId).orElse(null);
        if (initiative == null) {
            return;
        }
        for (Long follower : initiatives.followersOf(initiativeId)) {
            if (follower.equals(byPersonId)) {
                continue;
            }
            people.findById(follower)
                    .filter(person -> mayRead(person, initiative))
                    .ifPresent(person -> notifications.send(person.id(), message));
        }
    }

    /** Reading depends on the organisation only, not on roles. */
    private static boolean mayRead(Person person, Initiative initiative) {
        Actor reader = new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                Set.of());
        return VisibilityRules.canRead(reader, initiative);
    }
}
