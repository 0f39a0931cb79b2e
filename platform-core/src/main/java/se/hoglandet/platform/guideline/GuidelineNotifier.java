package se.hoglandet.platform.guideline;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;

/**
 * Routes a guideline's workflow through the directory: sent for review → the owner's lawyers, DPOs, security
 * officers and IT managers (not the sender); a new template version published → the administrators and IT managers
 * of every organisation whose guideline came from an earlier version of the template.
 */
@Component
class GuidelineNotifier {

    private static final Set<Role> REVIEWERS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final PersonService people;
    private final NotificationService notifications;
    private final GuidelineRepository guidelines;

    GuidelineNotifier(PersonService people, NotificationService notifications, GuidelineRepository guidelines) {
        this.people = people;
        this.notifications = notifications;
        this.guidelines = guidelines;
    }

    @ApplicationModuleListener
    void on(GuidelineSubmitted event) {
        NotificationService.Message message = new NotificationService.Message(
                NotificationKind.GUIDELINE_IN_REVIEW, "review", "guidelines/" + event.guidelineId(), event.title());
        Set<Long> reviewers = peopleOf(event.ownerOrganisationId(), REVIEWERS);
        reviewers.remove(event.byPersonId());
        reviewers.forEach(person -> notifications.send(person, message));
    }

    @ApplicationModuleListener
    void on(TemplatePublished event) {
        Guideline template = guidelines.findById(event.templateId()).orElseThrow();
        List<Long> earlier = guidelines.findBySeriesIdOrderByVersionNumber(template.seriesId()).stream()
                .map(Guideline::id)
                .filter(id -> !id.equals(template.id()))
                .toList();
        if (earlier.isEmpty()) {
            return;
        }
        for (Guideline adopter : guidelines.newestAdoptingAnyOf(earlier)) {
            NotificationService.Message message = new NotificationService.Message(
                    NotificationKind.GUIDELINE_TEMPLATE_UPDATED,
                    "updated",
                    "guidelines/" + adopter.id() + "/upstream",
                    event.title(),
                    event.versionNumber());
            peopleOf(adopter.ownerOrganisation().id(), EnumSet.of(Role.ORG_ADMIN, Role.IT_MANAGER))
                    .forEach(person -> notifications.send(person, message));
        }
    }

    private Set<Long> peopleOf(Long organisationId, Set<Role> roles) {
        Set<Long> found = new LinkedHashSet<>();
        for (Role role : roles) {
            people.peopleWithRole(organisationId, role).stream().map(Person::id).forEach(found::add);
        }
        return found;
    }
}
