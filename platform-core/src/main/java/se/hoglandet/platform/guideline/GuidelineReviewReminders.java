package se.hoglandet.platform.guideline;

import java.util.LinkedHashSet;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Once a day: a decided guideline whose review date is 30 days away or past is brought to its owner's
 * administrators and IT managers (and federation staff, for the template), once per version — a new decided
 * version is how the review ends. One node runs it (ShedLock).
 */
@Component
public class GuidelineReviewReminders {

    private final GuidelineService guidelines;
    private final PersonService people;
    private final NotificationService notifications;

    GuidelineReviewReminders(GuidelineService guidelines, PersonService people, NotificationService notifications) {
        this.guidelines = guidelines;
        this.people = people;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${portal.guidelines.review-reminder-cron:0 15 7 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "guideline-review-reminders")
    public void remindOfDueReviews() {
        for (GuidelineService.ReviewDue due : guidelines.reviewsDue()) {
            Set<Long> recipients = new LinkedHashSet<>();
            for (Role role : owners(due.template())) {
                people.peopleWithRole(due.ownerOrganisationId(), role).stream()
                        .map(Person::id)
                        .forEach(recipients::add);
            }
            NotificationService.Message message = new NotificationService.Message(
                    NotificationKind.GUIDELINE_REVIEW_DUE,
                    "due",
                    "guidelines/" + due.guidelineId(),
                    due.title(),
                    due.reviewDate());
            recipients.forEach(person -> notifications.send(person, message));
            guidelines.markReviewReminded(due.guidelineId());
        }
    }

    /** Who looks after a guideline: the administrators and IT managers; for the template, federation staff too. */
    static Set<Role> owners(boolean template) {
        return template
                ? Set.of(Role.ORG_ADMIN, Role.IT_MANAGER, Role.FEDERATION_STAFF)
                : Set.of(Role.ORG_ADMIN, Role.IT_MANAGER);
    }
}
