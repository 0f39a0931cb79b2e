package se.hoglandet.platform.lesson;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.initiative.InitiativeFollowerNotifier;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;

/** Tells the followers of an initiative that a lesson was written about it. */
@Component
class LessonNotifier {

    private final InitiativeService initiatives;
    private final InitiativeFollowerNotifier followers;

    LessonNotifier(InitiativeService initiatives, InitiativeFollowerNotifier followers) {
        this.initiatives = initiatives;
        this.followers = followers;
    }

    @ApplicationModuleListener
    void on(LessonAdded event) {
        initiatives
                .findForIndexing(event.initiativeId())
                .ifPresent(initiative -> followers.notifyFollowers(
                        initiative.id(),
                        event.byPersonId(),
                        new NotificationService.Message(
                                NotificationKind.INITIATIVE_LESSON_ADDED,
                                "added",
                                "lessons/" + event.lessonId(),
                                event.title(),
                                initiative.title())));
    }
}
