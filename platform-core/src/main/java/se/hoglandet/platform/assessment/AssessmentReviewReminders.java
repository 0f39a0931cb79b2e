package se.hoglandet.platform.assessment;

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
 * Once a day: an approved assessment whose review date has passed is brought to its organisation's lawyers, DPOs,
 * security officers and IT managers, once per version (a new version is how the review is done). One node runs
 * it (ShedLock).
 */
@Component
public class AssessmentReviewReminders {

    private static final Set<Role> REVIEWERS = Set.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private final AssessmentService assessments;
    private final PersonService people;
    private final NotificationService notifications;

    AssessmentReviewReminders(AssessmentService assessments, PersonService people, NotificationService notifications) {
        this.assessments = assessments;
        this.people = people;
        this.notifications = notifications;
    }

    @Scheduled(cron = "${portal.assessments.review-reminder-cron:0 0 7 * * *}", zone = SwedishTime.ZONE_ID)
    @SchedulerLock(name = "assessment-review-reminders")
    public void remindOfDueReviews() {
        for (AssessmentService.ReviewDue due : assessments.reviewsDue()) {
            Set<Long> recipients = new LinkedHashSet<>();
            for (Role role : REVIEWERS) {
                people.peopleWithRole(due.ownerOrganisationId(), role).stream()
                        .map(Person::id)
                        .forEach(recipients::add);
            }
            NotificationService.Message message = new NotificationService.Message(
                    NotificationKind.ASSESSMENT_REVIEW_DUE,
                    "due",
                    "assessments/" + due.assessmentId(),
                    due.title(),
                    due.reviewDate());
            recipients.forEach(person -> notifications.send(person, message));
            assessments.markReviewReminded(due.assessmentId());
        }
    }
}
