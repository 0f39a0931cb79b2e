package se.hoglandet.platform.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.initiative.InitiativeFigures;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The start page's data ("Mitt arbete", what is new, the initiatives chart) costs the same number of SQL statements
 * with 10 tasks of each kind as with 1 000: incidents to handle, expert reviews asked, initiatives to follow up,
 * contract notice deadlines and tool approvals running out, for one person holding every duty. Counted by
 * Hibernate's statistics, reading everything the page shows.
 */
@SpringBootTest(
        classes = CoreTestApplication.class,
        properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@UsesMariaDb
class WorklistStatementCountTest {

    @Autowired
    WorklistService worklist;

    @Autowired
    InitiativeFigures figures;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void theStartPageCostsTheSameStatementsAt10And1000Tasks() {
        StaffFixture staff = new StaffFixture(imports, people, actingAs, jdbc);
        String home = staff.newOrganisation("Räknebolaget");
        String other = staff.newOrganisation("Frågande bolaget");
        long organisationId = staff.organisationId(home);
        Actor me = staff.signedIn(
                home,
                "allt",
                Role.INFOSEC,
                Role.DPO,
                Role.LAWYER,
                Role.IT_MANAGER,
                Role.ORG_ADMIN,
                Role.PROCUREMENT,
                Role.PROJECT_LEAD);
        Actor asker = staff.signedIn(other, "jurist", Role.LAWYER);
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Long template = fixture.templateId("risk-consequence");
        Assessment asked = actingAs.as(
                asker,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled("Granskas " + other, "Copilot", Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        actingAs.as(asker, () -> assessments.submit(asked.id(), asked.version()));

        seed(10, me, organisationId, asker, asked.id());
        List<WorkItems> at10 = actingAs.as(me, () -> worklist.mine());
        long statementsAt10 = statementsFor(me);
        seed(990, me, organisationId, asker, asked.id());
        List<WorkItems> at1000 = actingAs.as(me, () -> worklist.mine());
        long statementsAt1000 = statementsFor(me);

        for (String kind : List.of(
                "INCIDENTS", "EXPERT_REVIEWS", "INITIATIVE_FOLLOW_UP", "CONTRACT_NOTICES", "TOOL_APPROVALS_EXPIRING")) {
            assertThat(count(at10, kind)).as(kind).isEqualTo(10);
            assertThat(count(at1000, kind)).as(kind).isEqualTo(1000);
            assertThat(at1000.stream()
                            .filter(w -> w.kind().equals(kind))
                            .findFirst()
                            .orElseThrow()
                            .first())
                    .hasSize(WorkItems.FIRST);
        }
        // At most: work 13 (assessments 3, incidents 2, academy 2, surveys 3, contracts, initiatives, tools 1 each)
        // plus 4 for the providers of guidelines, networks and shared expertise (issues 19 and 20), news 9 (the
        // person, then a count and, when there is news, a page for each of 4 kinds), the chart 1.
        assertThat(statementsAt1000).isEqualTo(statementsAt10).isLessThanOrEqualTo(27);
    }

    private long statementsFor(Actor actor) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        actingAs.as(actor, () -> {
            worklist.mine().forEach(w -> w.first().forEach(WorkItem::title));
            worklist.newSinceLastVisit().forEach(n -> n.first().forEach(WorkItem::title));
            figures.byOrganisationStatusAndLevel().forEach(c -> c.initiatives());
            return null;
        });
        return statistics.getPrepareStatementCount();
    }

    private static long count(List<WorkItems> work, String kind) {
        return work.stream()
                .filter(w -> w.kind().equals(kind))
                .mapToLong(WorkItems::count)
                .sum();
    }

    /** Plain JDBC batches: the tasks are the subject, not the services' write paths. */
    private void seed(int count, Actor me, long organisationId, Actor asker, long assessmentId) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp longAgo = Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS));
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        String run = Long.toString(System.nanoTime(), 36);
        List<Object[]> incidents = new ArrayList<>();
        List<Object[]> initiatives = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> requests = new ArrayList<>();
        List<Object[]> tools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            incidents.add(new Object[] {"Incident " + i, me.personId(), organisationId, now, now});
            initiatives.add(new Object[] {"Uppföljning " + run + " " + i, organisationId, me.personId(), longAgo, now});
            contracts.add(new Object[] {
                "Avtal " + i,
                Date.valueOf(today.minusYears(1)),
                Date.valueOf(today.plusMonths(3)),
                organisationId,
                now,
                now
            });
            requests.add(new Object[] {
                assessmentId,
                me.personId(),
                organisationId,
                asker.personId(),
                Timestamp.from(Instant.now().plusMillis(i))
            });
            tools.add(new Object[] {"Verktyg " + run + " " + i, now, now});
        }
        jdbc.batchUpdate("""
                insert into incident (title, description, kind, severity, occurred_on, personal_data, status,
                    reporter_person_id, reporter_name, owner_organisation_id, visibility, created_at, updated_at, version)
                values (?, 'Beskrivning', 'OTHER', 'LOW', current_date, false, 'REPORTED', ?, 'Rapportör', ?, 'PRIVATE',
                    ?, ?, 0)""", incidents);
        jdbc.batchUpdate("""
                insert into initiative (title, summary, owner_organisation_id, visibility, area, ai_type, data_class,
                    ai_act_role, risk_group, status, collaboration_level, public_fields, created_by_person_id,
                    created_at, updated_at, demo, version)
                values (?, 'Sammanfattning', ?, 'FEDERATION', 'EDUCATION', 'GENERATIVE', 'PUBLIC', 'DEPLOYER', 'MINIMAL',
                    'PILOT', 2, 'ORGANISATIONS,STATUS', ?, ?, ?, false, 0)""", initiatives);
        jdbc.batchUpdate("""
                insert into contract (supplier, subject, category, starts_on, ends_on, extension_months, extensions_used,
                    notice_months, price_confidential, owner_organisation_id, visibility, created_at, updated_at, demo,
                    version)
                values ('Leverantör AB', ?, 'AI_ASSISTANT', ?, ?, '', 0, 2, false, ?, 'PRIVATE', ?, ?, false, 0)""", contracts);
        jdbc.batchUpdate("""
                insert into assessment_review_request (assessment_id, expert_role, expert_person_id, expert_name,
                    expert_organisation_id, expert_organisation_name, requested_by_person_id, requested_by_name, message,
                    status, requested_at, version)
                values (?, 'DPO', ?, 'Expert', ?, 'Räknebolaget', ?, 'Jurist', 'Granska', 'OPEN', ?, 0)""", requests);
        jdbc.batchUpdate("""
                insert into ai_tool (name, vendor, hosting, created_by_name, created_at, updated_at, demo, version)
                values (?, 'Leverantör AB', 'SWEDEN', 'Test', ?, ?, false, 0)""", tools);
        jdbc.update("""
                insert into ai_tool_approval (tool_id, organisation_id, approved, valid_until, decided_by_name,
                    decided_at, version)
                select t.id, ?, true, ?, 'Test', current_timestamp, 0 from ai_tool t where t.name like ?""", organisationId, Date.valueOf(today.plusDays(30)), "Verktyg " + run + " %");
    }
}
