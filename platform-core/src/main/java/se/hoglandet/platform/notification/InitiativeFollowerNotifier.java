package se.hoglandet.platform.notification;

import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeStatusChanged;
import se.hoglandet.platform.lesson.LessonAdded;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Tells the followers of an initiative when it changes status or gets a lesson, except the person who did it and
 * anyone who can no longer read the initiative. Runs after the change commits, retried if it fails.
 */
@Component
class InitiativeFollowerNotifier {

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

    @ApplicationModuleListener
    void on(LessonAdded event) {
        initiatives
                .findForIndexing(event.initiativeId())
                .ifPresent(initiative -> notifyFollowers(
                        initiative.id(),
                        event.byPersonId(),
                        new NotificationService.Message(
                                NotificationKind.INITIATIVE_LESSON_ADDED,
                                "added",
                                "lessons/" + event.lessonId(),
                                event.title(),
                                initiative.title())));
    }

    private void notifyFollowers(Long initiativeId, Long byPersonId, NotificationService.Message message) {
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
