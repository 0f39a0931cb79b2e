package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.academy.CourseDraft;
import se.hoglandet.platform.academy.CourseFormat;
import se.hoglandet.platform.academy.CourseService;
import se.hoglandet.platform.academy.CourseTopic;
import se.hoglandet.platform.academy.CourseWish;
import se.hoglandet.platform.academy.CourseWishService;
import se.hoglandet.platform.initiative.Area;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.initiative.InitiativeDetail;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.platform.worklist.WorklistService;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * From talk to action on MariaDB: a coordinator who is a project lead promotes a decision to a joint initiative at
 * level 3, owned by their organisation, with the organisations present as participants, readable across Höglandet
 * and saying where it came from; a coordinator without the role is refused with nothing saved; an action's owner
 * wishes for a course, which academy administrators find among their tasks and answer with a course; the network
 * lists every outcome; and the indicator counts what the network did in the last twelve months, as computed here by
 * hand.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class PromotionTest {

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actions;

    @Autowired
    PromotionService promotions;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    CourseWishService wishes;

    @Autowired
    CourseService courses;

    @Autowired
    WorklistService worklist;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    NetworkFixture fixture;
    Actor coordinator;
    Actor nassjo;
    Actor vetlanda;
    Network network;
    NetworkMeeting meeting;
    Decision decision;

    @BeforeEach
    void setUp() {
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
        coordinator = fixture.person("eksjo", Role.PROJECT_LEAD);
        nassjo = fixture.person("nassjo");
        vetlanda = fixture.person("vetlanda");
        network = fixture.openNetwork(coordinator);
        fixture.add(coordinator, network, nassjo, vetlanda, fixture.person("aneby"));
        meeting = fixture.meeting(coordinator, network, Duration.ofDays(-2), "Riktlinjer");
        actingAs.set(coordinator);
        meetings.recordAttendance(
                meeting.id(),
                meeting.version(),
                List.of(
                        new AttendanceEntry(coordinator.personId(), true, Mandate.MAY_DECIDE),
                        new AttendanceEntry(nassjo.personId(), true, Mandate.MUST_BRING_BACK),
                        new AttendanceEntry(vetlanda.personId(), true, Mandate.MAY_DECIDE)));
        decision = meetings.decide(meeting.id(), new DecisionDraft(null, "Ta fram gemensamma riktlinjer för Copilot"));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aDecisionBecomesAJointInitiativeAtLevelThreeThatSaysWhereItCameFrom() {
        Outcome outcome = promotions.promoteDecision(
                decision.id(),
                new PromotionDraft(
                        OutcomeKind.INITIATIVE,
                        "Gemensamma riktlinjer för Copilot",
                        "Kommunerna tar fram en gemensam riktlinje.",
                        Area.ADMINISTRATION,
                        null));

        InitiativeDetail initiative = initiatives.detail(outcome.recordId());
        assertThat(initiative.initiative().title()).isEqualTo("Gemensamma riktlinjer för Copilot");
        assertThat(initiative.initiative().collaborationLevel()).isEqualTo(CollaborationLevel.JOINT_DEVELOPMENT);
        assertThat(initiative.initiative().ownerOrganisation().code()).isEqualTo("eksjo");
        assertThat(initiative.initiative().participatingOrganisations())
                .extracting(Organisation::code)
                .containsExactlyInAnyOrder("nassjo", "vetlanda");
        assertThat(initiative.initiative().visibility()).isEqualTo(Visibility.FEDERATION);
        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"))
                .format(meeting.startsAt().atZone(ZoneId.of("Europe/Stockholm")));
        assertThat(initiative.initiative().purpose()).isEqualTo("Från " + network.name() + ", möte " + day + ".");

        assertThat(promotions.outcomes(network.id())).singleElement().satisfies(row -> {
            assertThat(row.outcome().kind()).isEqualTo(OutcomeKind.INITIATIVE);
            assertThat(row.outcome().recordId()).isEqualTo(outcome.recordId());
            assertThat(row.outcome().decisionId()).isEqualTo(decision.id());
        });
    }

    @Test
    void aCoordinatorWithoutTheRoleTheInitiativeNeedsIsRefusedAndNothingIsSaved() {
        Actor plainCoordinator = fixture.person("eksjo");
        fixture.add(coordinator, network, plainCoordinator);
        NetworkMember membership = networks.detail(network.id()).members().stream()
                .filter(m -> m.person().id().equals(plainCoordinator.personId()))
                .findFirst()
                .orElseThrow();
        networks.changeRole(membership.id(), membership.version(), MemberRole.COORDINATOR);
        long initiativesBefore = count("initiative");

        assertThatThrownBy(() -> actingAs.as(
                        plainCoordinator,
                        () -> promotions.promoteDecision(
                                decision.id(),
                                new PromotionDraft(
                                        OutcomeKind.INITIATIVE, "Utan roll", "Sammanfattning", Area.OTHER, null))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(
                        plainCoordinator,
                        () -> promotions.promoteDecision(
                                decision.id(),
                                new PromotionDraft(
                                        OutcomeKind.PROCUREMENT,
                                        "Utan roll",
                                        null,
                                        null,
                                        ProcurementCategory.AI_ASSISTANT))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(count("initiative")).isEqualTo(initiativesBefore);
        assertThat(promotions.outcomes(network.id())).isEmpty();
        // A member who neither coordinates nor owns anything promotes nothing, whatever their role.
        Actor projectLeadMember = fixture.person("nassjo", Role.PROJECT_LEAD);
        fixture.add(coordinator, network, projectLeadMember);
        assertThatThrownBy(() -> actingAs.as(
                        projectLeadMember,
                        () -> promotions.promoteDecision(
                                decision.id(),
                                new PromotionDraft(OutcomeKind.COURSE_WISH, "Kurs", "Behov", null, null))))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anActionsOwnerWishesForACourseThatTheAcademyAnswers() {
        NetworkAction action = actions.give(
                meeting.id(),
                new ActionDraft(
                        "Ta reda på utbildningsbehovet",
                        nassjo.personId(),
                        LocalDate.now(SwedishTime.ZONE).plusDays(14),
                        decision.id(),
                        null));
        Outcome outcome = actingAs.as(
                nassjo,
                () -> promotions.promoteAction(
                        action.id(),
                        new PromotionDraft(
                                OutcomeKind.COURSE_WISH,
                                "Copilot för handläggare",
                                "Handläggare behöver lära sig skriva bra instruktioner.",
                                null,
                                null)));

        Actor academy = fixture.person("hoglandsforbundet", Role.ACADEMY_ADMIN);
        CourseWish wish = actingAs.as(
                academy,
                () -> wishes.open(PageRequest.of(0, 50)).stream()
                        .filter(w -> w.id().equals(outcome.recordId()))
                        .findFirst()
                        .orElseThrow());
        assertThat(wish.origin()).startsWith("Från " + network.name() + ", möte ");
        assertThat(wish.originLink()).isEqualTo("networks/" + network.id());
        assertThat(Set.copyOf(jdbc.queryForList(
                        "select o.code from course_wish_organisation w join organisation o on o.id = w.organisation_id"
                                + " where w.course_wish_id = ?",
                        String.class,
                        wish.id())))
                .containsExactlyInAnyOrder("eksjo", "nassjo", "vetlanda");
        assertThat(actingAs.as(academy, () -> worklist.mine()))
                .filteredOn(kind -> kind.kind().equals("COURSE_WISHES"))
                .singleElement()
                .satisfies(kind -> assertThat(kind.count()).isPositive());

        // The academy's own course answers the wish (made here: the test must not rely on others' courses).
        Long course = actingAs.as(
                        academy,
                        () -> courses.create(new CourseDraft(
                                "Kurs för nätverket " + network.id(),
                                "Grunder i AI för nätverkets medlemmar",
                                CourseTopic.AI_BASICS,
                                CourseFormat.LECTURE,
                                Set.of(),
                                Set.of(),
                                false,
                                null,
                                CollaborationLevel.SHARED_COMPETENCE)))
                .id();
        actingAs.as(academy, () -> wishes.answer(wish.id(), wish.version(), course));

        assertThat(promotions.outcomes(network.id())).singleElement().satisfies(row -> {
            assertThat(row.outcome().kind()).isEqualTo(OutcomeKind.COURSE_WISH);
            assertThat(row.outcome().actionId()).isEqualTo(action.id());
            assertThat(row.courseId()).isEqualTo(course);
            assertThat(row.courseTitle()).isNotBlank();
        });
        assertThat(actions.detail(action.id()).outcomes())
                .extracting(Outcome::id)
                .containsExactly(outcome.id());
    }

    @Test
    void theIndicatorCountsTheLastTwelveMonthsAsComputedByHand() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        YearMonth thisMonth = YearMonth.from(today);
        // Decisions: the one of setUp (two days ago), one a month ago, one thirteen months ago (outside).
        decisionOn(today.minusMonths(1));
        decisionOn(today.minusMonths(13));
        // Actions: done on time this month, done late this month, done on time fourteen months ago (outside),
        // dropped (never on time), still open.
        NetworkAction onTime = give("I tid");
        done(onTime, today.plusDays(3), today);
        NetworkAction late = give("Sent");
        done(late, today.minusDays(1), today);
        NetworkAction longAgo = give("För länge sedan");
        done(longAgo, today.minusMonths(14), today.minusMonths(14));
        NetworkAction dropped = give("Struken");
        actions.changeStatus(dropped.id(), dropped.version(), ActionStatus.DROPPED, "Behövs inte");
        give("Öppen");
        // Outcomes: one now, one moved back to two months ago, one to thirteen months ago (outside).
        promote("Nu");
        jdbc.update(
                "update network_outcome set created_at = ? where id = ?",
                java.sql.Timestamp.from(today.minusMonths(2)
                        .atStartOfDay(ZoneId.of("Europe/Stockholm"))
                        .toInstant()
                        .plusSeconds(3600)),
                promote("Två månader sedan").id());
        jdbc.update(
                "update network_outcome set created_at = ? where id = ?",
                java.sql.Timestamp.from(today.minusMonths(13)
                        .atStartOfDay(ZoneId.of("Europe/Stockholm"))
                        .toInstant()),
                promote("Tretton månader sedan").id());

        NetworkIndicator indicator = promotions.indicator(network.id());

        assertThat(indicator.from()).isEqualTo(thisMonth.minusMonths(11).atDay(1));
        assertThat(indicator.to()).isEqualTo(today);
        long decisionsInWindow = 2; // two days ago and a month ago: both within the window, whatever today is
        assertThat(indicator.decisions()).isEqualTo(decisionsInWindow);
        assertThat(indicator.actionsDoneOnTime()).isEqualTo(1);
        assertThat(indicator.outcomes()).isEqualTo(2);
        assertThat(indicator.months()).hasSize(12);
        NetworkIndicator.Month current = indicator.months().getLast();
        assertThat(current.month()).isEqualTo(thisMonth);
        assertThat(current.actionsDoneOnTime()).isEqualTo(1);
        assertThat(current.outcomes()).isEqualTo(1);
        assertThat(indicator.months().get(9).month()).isEqualTo(thisMonth.minusMonths(2));
        assertThat(indicator.months().get(9).outcomes()).isEqualTo(1);
        assertThat(indicator.months().stream()
                        .mapToLong(NetworkIndicator.Month::decisions)
                        .sum())
                .isEqualTo(decisionsInWindow);
    }

    private void decisionOn(LocalDate day) {
        Decision extra = meetings.decide(meeting.id(), new DecisionDraft(null, "Beslut " + day));
        jdbc.update("update network_decision set decided_on = ? where id = ?", day, extra.id());
    }

    private NetworkAction give(String title) {
        return actions.give(
                meeting.id(),
                new ActionDraft(
                        title,
                        vetlanda.personId(),
                        LocalDate.now(SwedishTime.ZONE).plusDays(10),
                        null,
                        null));
    }

    private void done(NetworkAction action, LocalDate due, LocalDate closedOn) {
        jdbc.update(
                "update network_action set status = 'DONE', due_on = ?, closed_on = ? where id = ?",
                due,
                closedOn,
                action.id());
    }

    private Outcome promote(String title) {
        return promotions.promoteDecision(
                decision.id(), new PromotionDraft(OutcomeKind.COURSE_WISH, title, "Ett behov", null, null));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
