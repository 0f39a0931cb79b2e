package se.hoglandet.platform.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.academy.Course;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseSession;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.academy.Enrolment;
import se.hoglandet.platform.academy.EnrolmentService;
import se.hoglandet.platform.academy.Meeting;
import se.hoglandet.platform.academy.SessionDraft;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.assessment.ExpertReviewService;
import se.hoglandet.platform.assessment.ReviewRequest;
import se.hoglandet.platform.incident.Incident;
import se.hoglandet.platform.incident.IncidentKind;
import se.hoglandet.platform.incident.IncidentReport;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentSeverity;
import se.hoglandet.platform.incident.IncidentStatus;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.DataClass;
import se.hoglandet.platform.initiative.EffectIndicator;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.initiative.InitiativeSharing;
import se.hoglandet.platform.initiative.InitiativeStatus;
import se.hoglandet.platform.maturity.Answer;
import se.hoglandet.platform.maturity.MaturityModel;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.maturity.SurveyCycle;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.tool.AiTool;
import se.hoglandet.platform.tool.ApprovalDraft;
import se.hoglandet.platform.tool.ToolApproval;
import se.hoglandet.platform.tool.ToolDraft;
import se.hoglandet.platform.tool.ToolHosting;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The task table of "Mitt arbete", kind by kind, made through the services on MariaDB: the person who must act sees
 * the task (linking to where they act), a colleague without the duty and a holder of the duty in another
 * organisation don't, and the task disappears when done. Each test has organisations of its own.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class WorklistTaskTableTest {

    @Autowired
    WorklistService worklist;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    ExpertReviewService expertReviews;

    @Autowired
    IncidentService incidents;

    @Autowired
    CourseService courses;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    MaturityService maturity;

    @Autowired
    ContractService contracts;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    ToolService tools;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    StaffFixture staff;
    String home;
    String other;

    @BeforeEach
    void setUp() {
        staff = new StaffFixture(imports, people, actingAs, jdbc);
        home = staff.newOrganisation("Hemma");
        other = staff.newOrganisation("Borta");
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void signOffsWaitForEachRequiredSignerAndExpertReviewsForTheExpert() {
        Actor lawyer = staff.signedIn(home, "jurist", Role.LAWYER);
        Actor dpo = staff.signedIn(home, "dpo", Role.DPO);
        Actor colleague = staff.signedIn(home, "kollega", Role.PROJECT_LEAD);
        Actor otherDpo = staff.signedIn(other, "dpo", Role.DPO);
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Long template = fixture.templateId("risk-consequence");
        Assessment draft = actingAs.as(
                lawyer,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled("Copilot " + home, "Copilot", Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        String link = "assessments/" + draft.id();
        assertThat(links(dpo, "SIGN_OFFS")).doesNotContain(link);
        actingAs.as(lawyer, () -> assessments.submit(draft.id(), draft.version()));

        assertOnlyTheOneWhoMustAct("SIGN_OFFS", link, dpo, colleague, otherDpo);
        assertThat(links(lawyer, "SIGN_OFFS")).contains(link);
        actingAs.as(dpo, () -> assessments.signOff(draft.id(), Role.DPO, true, null));
        assertThat(links(dpo, "SIGN_OFFS")).doesNotContain(link);
        assertThat(links(lawyer, "SIGN_OFFS")).contains(link);

        Actor expert = staff.signedIn(other, "expert", Role.INFOSEC);
        Actor expertsColleague = staff.signedIn(other, "sakerhet", Role.INFOSEC);
        ReviewRequest request = actingAs.as(
                lawyer,
                () -> expertReviews.request(draft.id(), expert.personId(), Role.INFOSEC, "Titta på loggningen"));
        assertOnlyTheOneWhoMustAct("EXPERT_REVIEWS", link, expert, dpo, expertsColleague);
        // Asked to review in a role still pending, the expert may sign too.
        assertThat(links(expert, "SIGN_OFFS")).contains(link);
        actingAs.as(expert, () -> expertReviews.answer(request.id(), request.version(), "Inga invändningar"));
        assertThat(links(expert, "EXPERT_REVIEWS")).doesNotContain(link);
        assertThat(links(expert, "SIGN_OFFS")).doesNotContain(link);
    }

    @Test
    void incidentsWaitForTheHandlersUntilClosed() {
        Actor reporter = staff.signedIn(home, "rapportor");
        Actor infosec = staff.signedIn(home, "sakerhet", Role.INFOSEC);
        Actor colleague = staff.signedIn(home, "kollega", Role.PROJECT_LEAD);
        Actor otherInfosec = staff.signedIn(other, "sakerhet", Role.INFOSEC);
        Incident incident = actingAs.as(
                reporter,
                () -> incidents.report(new IncidentReport(
                        "Läckt prompt " + home,
                        "Beskrivning",
                        IncidentKind.values()[0],
                        IncidentSeverity.values()[0],
                        LocalDate.now(SwedishTime.ZONE),
                        true,
                        null,
                        null)));
        String link = "incidents/" + incident.id();

        assertOnlyTheOneWhoMustAct("INCIDENTS", link, infosec, colleague, otherInfosec);
        assertThat(items(infosec, "INCIDENTS").getFirst().due()).isNotNull();
        Incident investigating = actingAs.as(
                infosec,
                () -> incidents.changeStatus(incident.id(), incident.version(), IncidentStatus.INVESTIGATING, null));
        assertThat(links(infosec, "INCIDENTS")).contains(link);
        actingAs.as(
                infosec,
                () -> incidents.changeStatus(
                        incident.id(), investigating.version(), IncidentStatus.CLOSED, "Åtgärdat och dokumenterat"));
        assertThat(links(infosec, "INCIDENTS")).doesNotContain(link);
    }

    @Test
    void enrolmentsWaitForTheManagerAndCoursesComingUpForTheParticipant() {
        Actor academyAdmin = staff.signedIn("hoglandsforbundet", "akademi", Role.ACADEMY_ADMIN);
        Actor participant = staff.signedIn(home, "deltagare");
        Actor manager = staff.signedIn(home, "chef", Role.ORG_ADMIN);
        Actor colleague = staff.signedIn(home, "kollega");
        Actor otherManager = staff.signedIn(other, "chef", Role.ORG_ADMIN);
        Course course = actingAs.as(
                academyAdmin,
                () -> courses.create(new CourseDraft(
                        "AI-grunder " + home,
                        "Beskrivning",
                        CourseTopic.AI_BASICS,
                        CourseFormat.LECTURE,
                        Set.of(),
                        Set.of(),
                        false,
                        null,
                        CollaborationLevel.SHARED_COMPETENCE)));
        Instant start = Instant.now().plus(14, ChronoUnit.DAYS);
        CourseSession session = actingAs.as(
                academyAdmin,
                () -> courses.addSession(
                        course.id(),
                        new SessionDraft(
                                "Omgång",
                                List.of(new Meeting(start, start.plus(2, ChronoUnit.HOURS))),
                                "Stadshuset",
                                null,
                                "Lärare",
                                10,
                                Map.of(),
                                Instant.now().minus(1, ChronoUnit.DAYS),
                                start.minus(1, ChronoUnit.DAYS),
                                start.minus(4, ChronoUnit.DAYS),
                                true)));
        Enrolment pending = actingAs.as(participant, () -> enrolments.enrol(session.id()));

        assertOnlyTheOneWhoMustAct("ENROLMENT_APPROVALS", "academy/mine", manager, colleague, otherManager);
        assertThat(links(participant, "MY_COURSES")).isEmpty();
        actingAs.as(manager, () -> enrolments.approve(pending.id()));
        assertThat(links(manager, "ENROLMENT_APPROVALS")).isEmpty();

        Actor otherParticipant = staff.signedIn(other, "deltagare");
        assertOnlyTheOneWhoMustAct("MY_COURSES", "academy/mine", participant, colleague, otherParticipant);
        actingAs.as(participant, () -> enrolments.cancel(pending.id()));
        assertThat(links(participant, "MY_COURSES")).isEmpty();
    }

    @Test
    void surveysWaitForTheRespondentAndShowTheCoordinatorHowFarTheyHaveCome() {
        Actor federation = staff.signedIn("hoglandsforbundet", "federation", Role.FEDERATION_STAFF);
        Actor coordinator = staff.signedIn(home, "samordnare");
        Actor respondent = staff.signedIn(home, "svarande");
        Actor colleague = staff.signedIn(home, "kollega");
        Actor otherPerson = staff.signedIn(other, "svarande");
        MaturityModel model = actingAs.as(federation, () -> maturity.models()).getFirst();
        SurveyCycle cycle = actingAs.as(
                federation,
                () -> maturity.createCycle(
                        "Mognad " + home,
                        model.id(),
                        LocalDate.now(SwedishTime.ZONE),
                        LocalDate.now(SwedishTime.ZONE).plusDays(30),
                        Set.of(staff.organisationId(home), staff.organisationId(other))));
        actingAs.as(federation, () -> {
            maturity.nameCoordinator(cycle.id(), staff.organisationId(home), coordinator.personId());
            return null;
        });
        actingAs.as(coordinator, () -> maturity.invite(cycle.id(), respondent.personId()));
        String link = "maturity/cycles/" + cycle.id();

        assertOnlyTheOneWhoMustAct("SURVEYS_TO_ANSWER", link, respondent, colleague, otherPerson);
        assertOnlyTheOneWhoMustAct("SURVEYS_TO_COORDINATE", link, coordinator, colleague, otherPerson);
        assertThat(items(coordinator, "SURVEYS_TO_COORDINATE").getFirst().progress())
                .isEqualTo(new WorkItem.Progress(0, 1));

        Map<String, Answer> answers = new HashMap<>();
        for (ModelDefinition.Dimension dimension : model.definition().dimensions()) {
            dimension.questions().forEach(q -> answers.put(q.key(), new Answer(2, null)));
        }
        actingAs.as(respondent, () -> maturity.saveAnswers(cycle.id(), answers));
        actingAs.as(respondent, () -> maturity.submitResponse(cycle.id()));
        assertThat(links(respondent, "SURVEYS_TO_ANSWER")).doesNotContain(link);
        assertThat(items(coordinator, "SURVEYS_TO_COORDINATE").getFirst().progress())
                .isEqualTo(new WorkItem.Progress(1, 1));
        actingAs.as(federation, () -> maturity.closeCycle(cycle.id()));
        assertThat(links(coordinator, "SURVEYS_TO_COORDINATE")).doesNotContain(link);
    }

    @Test
    void contractNoticeDeadlinesWaitForTheProcurementStaffUntilAnOptionIsCalled() {
        Actor procurement = staff.signedIn(home, "upphandlare", Role.PROCUREMENT);
        Actor colleague = staff.signedIn(home, "kollega", Role.PROJECT_LEAD);
        Actor otherProcurement = staff.signedIn(other, "upphandlare", Role.PROCUREMENT);
        LocalDate today = LocalDate.now(SwedishTime.ZONE);
        ContractDraft draft = new ContractDraft(
                "Leverantör AB",
                "Taltjänst " + home,
                ProcurementCategory.SPEECH_TO_TEXT,
                today.minusYears(2),
                today.plusMonths(4),
                List.of(12),
                0,
                3,
                null,
                false,
                "Avtalsägare",
                null,
                Visibility.PRIVATE);
        Contract contract = actingAs.as(procurement, () -> contracts.create(draft));
        String link = "contracts/" + contract.id();

        assertOnlyTheOneWhoMustAct("CONTRACT_NOTICES", link, procurement, colleague, otherProcurement);
        actingAs.as(procurement, () -> contracts.update(contract.id(), contract.version(), draft.withUsed(1)));
        assertThat(links(procurement, "CONTRACT_NOTICES")).doesNotContain(link);
    }

    @Test
    void myInitiativesWithoutAnEffectMeasuredForSixMonthsWaitUntilMeasured() {
        Actor lead = staff.signedIn(home, "projektledare", Role.PROJECT_LEAD);
        Actor colleague = staff.signedIn(home, "kollega", Role.PROJECT_LEAD);
        Actor otherLead = staff.signedIn(other, "projektledare", Role.PROJECT_LEAD);
        Initiative created = actingAs.as(
                lead,
                () -> initiatives.create(
                        InitiativeDetailsForTests.details("Pilot " + home),
                        InitiativeSharing.federationWide(Set.of()),
                        CollaborationLevel.NETWORKING));
        Initiative planned = actingAs.as(
                lead, () -> initiatives.changeStatus(created.id(), created.version(), InitiativeStatus.PLANNED, null));
        actingAs.as(
                lead, () -> initiatives.changeStatus(planned.id(), planned.version(), InitiativeStatus.PILOT, null));
        String link = "initiatives/" + created.id();
        assertThat(links(lead, "INITIATIVE_FOLLOW_UP")).doesNotContain(link);
        jdbc.update(
                "update initiative set created_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(200, ChronoUnit.DAYS)),
                created.id());

        assertOnlyTheOneWhoMustAct("INITIATIVE_FOLLOW_UP", link, lead, colleague, otherLead);
        EffectIndicator effect = actingAs.as(
                lead,
                () -> initiatives.addEffect(created.id(), "Handläggningstid", "dagar", BigDecimal.TEN, BigDecimal.ONE));
        actingAs.as(
                lead,
                () -> initiatives.recordMeasurement(
                        effect.id(), LocalDate.now(SwedishTime.ZONE), BigDecimal.valueOf(7), null));
        assertThat(links(lead, "INITIATIVE_FOLLOW_UP")).doesNotContain(link);
    }

    @Test
    void toolApprovalsRunningOutWaitForTheAssessorsUntilRenewed() {
        Actor dpo = staff.signedIn(home, "dpo", Role.DPO);
        Actor colleague = staff.signedIn(home, "kollega", Role.PROJECT_LEAD);
        Actor otherDpo = staff.signedIn(other, "dpo", Role.DPO);
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Assessment analysis = fixture.approvedRiskAnalysis(home, "Analys " + home, Set.of());
        AiTool tool = actingAs.as(
                dpo,
                () -> tools.create(
                        new ToolDraft("Verktyg " + home, "Leverantör AB", "Beskrivning", ToolHosting.SWEDEN, null)));
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
        String link = "tools/" + tool.id();

        assertOnlyTheOneWhoMustAct("TOOL_APPROVALS_EXPIRING", link, dpo, colleague, otherDpo);
        actingAs.as(
                dpo,
                () -> tools.decide(
                        tool.id(),
                        approval.version(),
                        new ApprovalDraft(
                                true,
                                Set.of(DataClass.PUBLIC),
                                analysis.id(),
                                LocalDate.now(SwedishTime.ZONE).plusYears(1),
                                null)));
        assertThat(links(dpo, "TOOL_APPROVALS_EXPIRING")).doesNotContain(link);
    }

    private void assertOnlyTheOneWhoMustAct(String kind, String link, Actor mustAct, Actor colleague, Actor elsewhere) {
        assertThat(links(mustAct, kind)).as("%s sees the task", kind).contains(link);
        assertThat(links(colleague, kind)).as("a colleague without the duty").doesNotContain(link);
        assertThat(links(elsewhere, kind))
                .as("the duty's holder in another organisation")
                .doesNotContain(link);
    }

    private List<String> links(Actor actor, String kind) {
        return items(actor, kind).stream().map(WorkItem::link).toList();
    }

    private List<WorkItem> items(Actor actor, String kind) {
        return actingAs.as(actor, () -> worklist.mine()).stream()
                .filter(w -> w.kind().equals(kind))
                .flatMap(w -> w.first().stream())
                .toList();
    }
}
