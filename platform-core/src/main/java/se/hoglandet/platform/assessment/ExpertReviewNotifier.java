package se.hoglandet.platform.assessment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;

/** Tells an expert they were asked to review (duty mail), and the asker that they got an answer. */
@Component
class ExpertReviewNotifier {

    private final NotificationService notifications;

    ExpertReviewNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ReviewRequested event) {
        notifications.send(
                event.expertPersonId(),
                new NotificationService.Message(
                        NotificationKind.EXPERT_REVIEW_REQUESTED,
                        "requested",
                        "assessments/" + event.assessmentId(),
                        event.assessmentTitle(),
                        event.requestingOrganisationName()));
    }

    @ApplicationModuleListener
    void on(ReviewAnswered event) {
        notifications.send(
                event.requestedByPersonId(),
                new NotificationService.Message(
                        NotificationKind.EXPERT_REVIEW_ANSWERED,
                        event.outcome().name(),
                        "assessments/" + event.assessmentId(),
                        event.assessmentTitle(),
                        event.expertName()));
    }
}
