package se.hoglandet.platform.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.notification.Notification;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * When an approved assessment passes its review date, the owner's lawyers, DPOs, security officers and IT managers
 * are reminded once; other organisations' people are not; a newer version ends the reminders for the old one.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ReviewReminderTest {

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    AssessmentReviewReminders reminders;

    @Autowired
    NotificationService notifications;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theOwnersReviewersAreRemindedOnceWhenTheReviewDateHasPassed() {
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Assessment due = fixture.approvedRiskAnalysis("vetlanda", "Omprövas nu", Set.of());
        Assessment notYet = fixture.approvedRiskAnalysis("vetlanda", "Omprövas nästa år", Set.of());
        Assessment replaced = fixture.approvedRiskAnalysis("vetlanda", "Redan omarbetad", Set.of());
        jdbc.update(
                "update assessment set review_date = ? where id in (?, ?)",
                LocalDate.now(SwedishTime.ZONE).minusDays(1),
                due.id(),
                replaced.id());
        Actor vetlandaLawyer = fixture.person("vetlanda", Role.LAWYER);
        actingAs.as(vetlandaLawyer, () -> assessments.newVersion(replaced.id()));
        Actor vetlandaDpo = fixture.person("vetlanda", Role.DPO);
        Actor vetlandaMember = fixture.person("vetlanda");
        Actor anebyDpo = fixture.person("aneby", Role.DPO);

        actingAs.anonymous();
        reminders.remindOfDueReviews();
        reminders.remindOfDueReviews();

        assertThat(reviewLinks(vetlandaDpo)).containsExactly("assessments/" + due.id());
        assertThat(reviewLinks(vetlandaLawyer)).containsExactly("assessments/" + due.id());
        assertThat(reviewLinks(vetlandaMember)).isEmpty();
        assertThat(reviewLinks(anebyDpo)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select review_reminded_on from assessment where id = ?", LocalDate.class, notYet.id()))
                .isNull();
    }

    private List<String> reviewLinks(Actor person) {
        return actingAs
                .as(person, () -> notifications.mine(PageRequest.of(0, 100)).getContent())
                .stream()
                .filter(n -> n.kind() == NotificationKind.ASSESSMENT_REVIEW_DUE)
                .map(Notification::link)
                .toList();
    }
}
