package se.hoglandet.platform.expertise;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;

/**
 * Tells the deciders (the expert's nearest manager, else the administrators of the expert's organisation) of offers
 * and requests waiting for them, and the one who asked and the expert of the decision. After the commit.
 */
@Component
class ExpertiseNotifier {

    private final ExpertProfileRepository profiles;
    private final HelpRequestRepository requests;
    private final PersonService people;
    private final NotificationService notifications;

    ExpertiseNotifier(
            ExpertProfileRepository profiles,
            HelpRequestRepository requests,
            PersonService people,
            NotificationService notifications) {
        this.profiles = profiles;
        this.requests = requests;
        this.people = people;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ExpertiseEvents.LendingOffered event) {
        profiles.findWithPersonById(event.profileId()).ifPresent(profile -> {
            for (Long decider : deciders(profile.person())) {
                notifications.send(
                        decider,
                        new NotificationService.Message(
                                NotificationKind.EXPERT_LENDING,
                                "requested",
                                "expertise/help",
                                profile.person().displayName(),
                                profile.hoursPerMonth()));
            }
        });
    }

    @ApplicationModuleListener
    void on(ExpertiseEvents.HelpRequested event) {
        requests.findWithPeopleById(event.requestId()).ifPresent(request -> {
            for (Long decider : deciders(request.expert())) {
                notifications.send(
                        decider,
                        new NotificationService.Message(
                                NotificationKind.HELP_REQUEST,
                                "requested",
                                "expertise/help/" + request.id(),
                                request.requesterOrganisation().name(),
                                request.requesterName(),
                                request.expert().displayName(),
                                request.hours().stripTrailingZeros().toPlainString(),
                                request.what()));
            }
        });
    }

    @ApplicationModuleListener
    void on(ExpertiseEvents.HelpDecided event) {
        requests.findWithPeopleById(event.requestId()).ifPresent(request -> {
            String variant = request.status() == HelpStatus.APPROVED ? "approved" : "declined";
            for (Long person :
                    Set.of(request.requesterPersonId(), request.expert().id())) {
                notifications.send(
                        person,
                        new NotificationService.Message(
                                NotificationKind.HELP_REQUEST,
                                variant,
                                "expertise/help/" + request.id(),
                                request.what(),
                                request.expert().displayName(),
                                request.declineReason() == null ? "" : request.declineReason()));
            }
        });
    }

    /** The expert's nearest manager, or when the directory knows none, their organisation's administrators. */
    private Set<Long> deciders(Person expert) {
        Set<Long> deciders = new LinkedHashSet<>();
        people.nearestManagerOf(expert.id()).map(Person::id).ifPresent(deciders::add);
        if (deciders.isEmpty()) {
            people.peopleWithRole(expert.organisation().id(), Role.ORG_ADMIN).stream()
                    .map(Person::id)
                    .forEach(deciders::add);
        }
        return deciders;
    }
}
