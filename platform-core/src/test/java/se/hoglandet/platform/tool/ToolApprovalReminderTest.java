package se.hoglandet.platform.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * An approval that runs out within 60 days is brought to its organisation's assessors once, by the daily job: the
 * DPO is told, a colleague without the role is not, a second run tells nobody again, and a renewal that runs out
 * soon again is told again.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ToolApprovalReminderTest {

    @Autowired
    ToolApprovalReminders reminders;

    @Autowired
    ToolService tools;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    StaffImportService imports;

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
    void theAssessorsAreRemindedOncePerValidUntilDate() {
        StaffFixture staff = new StaffFixture(imports, people, actingAs, jdbc);
        String organisation = staff.newOrganisation("Verktygsbolaget");
        Actor dpo = staff.signedIn(organisation, "dpo", Role.DPO);
        Actor colleague = staff.signedIn(organisation, "kollega", Role.PROJECT_LEAD);
        Assessment analysis = new AssessmentFixture(assessments, templates, people, actingAs)
                .approvedRiskAnalysis(organisation, "Analys " + organisation, Set.of());
        AiTool tool = actingAs.as(
                dpo,
                () -> tools.create(new ToolDraft(
                        "Verktyg " + organisation, "Leverantör AB", "Beskrivning", ToolHosting.SWEDEN, null)));
        ToolApproval approval = actingAs.as(
                dpo,
                () -> tools.decide(
                        tool.id(),
                        null,
                        new ApprovalDraft(
                                true,
                                Set.of(DataClass.PUBLIC),
                                analysis.id(),
                                LocalDate.now(SwedishTime.ZONE).plusDays(30),
                                null)));

        reminders.remindOfExpiringApprovals();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(dpo) == 1);
        reminders.remindOfExpiringApprovals();
        assertThat(reminded(dpo)).isEqualTo(1);
        assertThat(reminded(colleague)).isZero();

        actingAs.as(
                dpo,
                () -> tools.decide(
                        tool.id(),
                        approval.version(),
                        new ApprovalDraft(
                                true,
                                Set.of(DataClass.PUBLIC),
                                analysis.id(),
                                LocalDate.now(SwedishTime.ZONE).plusDays(45),
                                null)));
        reminders.remindOfExpiringApprovals();
        await().atMost(Duration.ofSeconds(20)).until(() -> reminded(dpo) == 2);
    }

    private int reminded(Actor person) {
        return jdbc.queryForObject(
                "select count(*) from notification where recipient_person_id = ? and kind = 'TOOL_APPROVAL_EXPIRING'",
                Integer.class,
                person.personId());
    }
}
