package se.hoglandet.platform.notification;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.assessment.ReviewAnswered;
import se.hoglandet.platform.assessment.ReviewRequested;
import se.hoglandet.platform.incident.IncidentReported;
import se.hoglandet.platform.incident.IncidentStatusChanged;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;

/**
 * Routes incidents to the organisation's handlers at once (security officers, DPOs, IT managers) and tells the
 * reporter how it goes; tells an expert they were asked to review, and the asker that they got an answer. Runs after
 * the change commits, retried if it fails.
 */
@Component
class IncidentAndReviewNotifier {

    private static final Set<Role> INCIDENT_HANDLERS = Set.of(Role.INFOSEC, Role.DPO, Role.IT_MANAGER);

    private final PersonService people;
    private final NotificationService notifications;

    IncidentAndReviewNotifier(PersonService people, NotificationService notifications) {
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(IncidentReported event) {
        String reporter = people.findById(event.reporterPersonId())
                .map(Person::displayName)
                .orElse("");
        Set<Long> handlers = new LinkedHashSet<>();
        for (Role role : INCIDENT_HANDLERS) {
            people.peopleWithRole(event.organisationId(), role).stream()
                    .map(Person::id)
                    .forEach(handlers::add);
        }
        handlers.remove(event.reporterPersonId());
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.INCIDENT_REPORTED,
                event.personalData() ? "personalData" : "reported",
                "incidents/" + event.incidentId(),
                event.title(),
                reporter);
        handlers.forEach(person -> notifications.send(person, message));
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
