package se.hoglandet.platform.maturity;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;

/** Invites a respondent to a maturity survey, or reminds them. */
@Component
class SurveyInvitationNotifier {

    private final NotificationService notifications;

    SurveyInvitationNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(SurveyInvitation event) {
        notifications.send(
                event.personId(),
                new NotificationService.Message(
                        NotificationKind.MATURITY_SURVEY,
                        event.reminder() ? "reminder" : "invited",
                        "maturity/cycles/" + event.cycleId(),
                        event.cycleName()));
    }
}
