package se.hoglandet.platform.assessment;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.FunctionalMailboxService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.RoutingDuty;
import se.hoglandet.platform.shared.Role;

/**
 * Routes an assessment's review through the directory, whether or not people ever signed in: sent for review → each
 * required signer role of the owner organisation and the experts asked to review in such a role (duty mail, and the
 * data-protection mailbox when the DPO must sign); each sign-off or rejection → the owner's assessors; decision →
 * the assessors of the owner and of the participating organisations, and the owner's registry mailbox.
 */
@Component
class AssessmentNotifier {

    private static final Set<Role> ASSESSORS =
            EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER, Role.PROJECT_LEAD);

    private final PersonService people;
    private final ReviewRequestRepository reviewRequests;
    private final FunctionalMailboxService mailboxes;
    private final NotificationService notifications;

    AssessmentNotifier(
            PersonService people,
            ReviewRequestRepository reviewRequests,
            FunctionalMailboxService mailboxes,
            NotificationService notifications) {
        this.people = people;
        this.reviewRequests = reviewRequests;
        this.mailboxes = mailboxes;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(AssessmentSubmitted event) {
        for (Role role : event.signerRoles()) {
            NotificationService.Message message = new NotificationService.Message(
                    NotificationKind.ASSESSMENT_SIGN_OFF_REQUESTED,
                    role.name(),
                    "assessments/" + event.assessmentId(),
                    event.title());
            Set<Long> signers = new LinkedHashSet<>();
            people.peopleWithRole(event.ownerOrganisationId(), role).forEach(p -> signers.add(p.id()));
            reviewRequests.findByAssessmentIdOrderByRequestedAt(event.assessmentId()).stream()
                    .filter(r -> r.status() == ReviewRequestStatus.OPEN && r.expertRole() == role)
                    .forEach(r -> signers.add(r.expertPersonId()));
            signers.forEach(person -> notifications.send(person, message));
            if (role == Role.DPO) {
                mailboxes
                        .mailboxFor(event.ownerOrganisationId(), RoutingDuty.DATA_PROTECTION)
                        .ifPresent(address -> notifications.mailTo(address, message));
            }
        }
    }

    @ApplicationModuleListener
    void on(AssessmentSignedOff event) {
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.ASSESSMENT_SIGNED_OFF,
                event.approved() ? "approved" : "rejected",
                "assessments/" + event.assessmentId(),
                event.title(),
                event.byName(),
                event.role().name());
        assessorsOf(Set.of(event.ownerOrganisationId()), event.byPersonId())
                .forEach(person -> notifications.send(person, message));
    }

    @ApplicationModuleListener
    void on(AssessmentDecided event) {
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.ASSESSMENT_DECIDED,
                event.outcome().name(),
                "assessments/" + event.assessmentId(),
                event.title());
        Set<Long> organisations = new LinkedHashSet<>();
        organisations.add(event.ownerOrganisationId());
        organisations.addAll(event.participatingOrganisationIds());
        assessorsOf(organisations, event.byPersonId()).forEach(person -> notifications.send(person, message));
        mailboxes
                .mailboxFor(event.ownerOrganisationId(), RoutingDuty.REGISTRY)
                .ifPresent(address -> notifications.mailTo(address, message));
    }

    private Set<Long> assessorsOf(Set<Long> organisations, Long except) {
        Set<Long> assessors = new LinkedHashSet<>();
        for (Long organisation : organisations) {
            for (Role role : ASSESSORS) {
                people.peopleWithRole(organisation, role).stream()
                        .map(Person::id)
                        .forEach(assessors::add);
            }
        }
        assessors.remove(except);
        return assessors;
    }
}
