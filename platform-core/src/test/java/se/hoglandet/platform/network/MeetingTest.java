package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.worklist.WorkItems;
import se.hoglandet.platform.worklist.WorklistService;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Meetings and actions on MariaDB: who attended with which mandate and so which organisations were represented;
 * the calendar file (parsed back with ical4j); actions carried to the next meetings' follow-up until closed; the
 * owner told and given a task on the start page until the action is done; and bad input refused with nothing saved.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class MeetingTest {

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actions;

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
    Actor aneby;
    Network network;

    @BeforeEach
    void setUp() {
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
        coordinator = fixture.person("eksjo", Role.PROJECT_LEAD);
        nassjo = fixture.person("nassjo");
        vetlanda = fixture.person("vetlanda");
        aneby = fixture.person("aneby");
        network = fixture.openNetwork(coordinator);
        fixture.add(coordinator, network, nassjo, vetlanda, aneby);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void attendanceWithMandatesNamesTheOrganisationsRepresented() {
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(-1), "Lägesbild");
        actingAs.set(coordinator);
        assertThat(meetings.detail(meeting.id()).attendance())
                .as("every member is on the list, nobody present yet")
                .hasSize(4)
                .noneMatch(Attendance::present);

        meetings.recordAttendance(
                meeting.id(),
                meeting.version(),
                List.of(
                        new AttendanceEntry(coordinator.personId(), true, Mandate.MAY_DECIDE),
                        new AttendanceEntry(nassjo.personId(), true, Mandate.MUST_BRING_BACK),
                        new AttendanceEntry(vetlanda.personId(), true, Mandate.LISTENING),
                        new AttendanceEntry(aneby.personId(), false, null)));

        MeetingDetail detail = meetings.detail(meeting.id());
        assertThat(detail.represented()).extracting(Organisation::code).containsExactly("eksjo", "nassjo", "vetlanda");
        assertThat(detail.attendance())
                .filteredOn(a -> a.person().id().equals(nassjo.personId()))
                .singleElement()
                .extracting(Attendance::mandate)
                .isEqualTo(Mandate.MUST_BRING_BACK);
        // The list was saved against the meeting's version: a second save from the same page is stale.
        assertThatThrownBy(() -> meetings.recordAttendance(meeting.id(), meeting.version(), List.of()))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aMeetingThatEndsBeforeItStartsIsRefusedAndNothingIsSaved() {
        Instant start = Instant.now().plus(Duration.ofDays(7));
        long before = meetingsOfNetwork();
        assertThatThrownBy(() -> actingAs.as(
                        coordinator,
                        () -> meetings.plan(
                                network.id(),
                                new MeetingDraft(
                                        "Baklänges",
                                        start,
                                        start.minusSeconds(1800),
                                        "Stadshuset",
                                        null,
                                        List.of("Punkt")))))
                .isInstanceOf(DomainValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "network.error.endsBeforeStart");
        assertThat(meetingsOfNetwork()).isEqualTo(before);
    }

    @Test
    void theCalendarFileParsesBackWithTheMeetingsTimeTitleAndPlace() throws Exception {
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(10), "Riktlinjer");
        byte[] ics = actingAs.as(nassjo, () -> meetings.calendar(meeting.id()));

        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        calendar.validate();
        VEvent event = calendar.<VEvent>getComponents("VEVENT").getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Nätverksträff");
        assertThat(event.getLocation().getValue()).isEqualTo("Stadshuset");
        assertThat(event.<Property>getProperty("UID").orElseThrow().getValue())
                .isEqualTo("network-meeting-" + meeting.id() + "@hoglandet-ai");
        assertThat(Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(meeting.startsAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(Instant.from(event.getDateTimeEnd().getDate()))
                .isEqualTo(meeting.endsAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(event.getDescription().getValue()).isEqualTo(network.name());
    }

    @Test
    void actionsComeBackAtTheNextMeetingsUntilClosedBeforeThePreviousOne() {
        NetworkMeeting first = fixture.meeting(coordinator, network, Duration.ofDays(-30), "Lägesbild");
        NetworkMeeting second = fixture.meeting(coordinator, network, Duration.ofDays(-10), "Uppföljning");
        NetworkMeeting third = fixture.meeting(coordinator, network, Duration.ofDays(10), "Uppföljning");
        actingAs.set(coordinator);
        NetworkAction open = give(
                first,
                "Sammanställ riktlinjerna",
                nassjo,
                LocalDate.now(SwedishTime.ZONE).minusDays(5));
        NetworkAction closedEarly = give(
                first, "Boka jurist", vetlanda, LocalDate.now(SwedishTime.ZONE).minusDays(20));
        NetworkAction closedLately = give(
                first,
                "Inventera behoven",
                aneby,
                LocalDate.now(SwedishTime.ZONE).plusDays(20));
        NetworkAction fromSecond = give(
                second,
                "Skriv förslaget",
                nassjo,
                LocalDate.now(SwedishTime.ZONE).plusDays(5));
        close(closedEarly, LocalDate.now(SwedishTime.ZONE).minusDays(25)); // closed before the second meeting
        close(closedLately, LocalDate.now(SwedishTime.ZONE).minusDays(2)); // closed after the second meeting

        assertThat(followUp(first)).isEmpty();
        assertThat(followUp(second)).containsExactlyInAnyOrder(open.id(), closedEarly.id(), closedLately.id());
        assertThat(followUp(third)).containsExactlyInAnyOrder(open.id(), closedLately.id(), fromSecond.id());

        MeetingDetail detail = meetings.detail(third.id());
        assertThat(detail.followUp())
                .filteredOn(row -> row.action().id().equals(open.id()))
                .singleElement()
                .extracting(ActionRow::overdue)
                .isEqualTo(true);
        assertThat(detail.followUp())
                .filteredOn(row -> row.action().id().equals(fromSecond.id()))
                .singleElement()
                .extracting(ActionRow::overdue)
                .isEqualTo(false);
    }

    @Test
    void anActionWithoutOwnerIsRefusedAndNothingIsSaved() {
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(-1), "Lägesbild");
        assertThatThrownBy(() -> actingAs.as(
                        coordinator,
                        () -> actions.give(
                                meeting.id(),
                                new ActionDraft(
                                        "Utan ansvarig",
                                        null,
                                        LocalDate.now(SwedishTime.ZONE).plusDays(5),
                                        null,
                                        null))))
                .isInstanceOf(DomainValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "network.error.actionOwner");
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_action where meeting_id = ?", Long.class, meeting.id()))
                .isZero();
    }

    @Test
    void theOwnerIsToldAndFindsTheActionOnTheStartPageUntilItIsDone() {
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(-1), "Lägesbild");
        Actor owner = fixture.person("nassjo");
        fixture.add(coordinator, network, owner);
        NetworkAction action = actingAs.as(
                coordinator,
                () -> actions.give(
                        meeting.id(),
                        new ActionDraft(
                                "Boka jurist för dataklasserna",
                                owner.personId(),
                                LocalDate.now(SwedishTime.ZONE).plusDays(7),
                                null,
                                null)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification where recipient_person_id = ? and kind = ?"
                                        + " and link = ?",
                                Long.class,
                                owner.personId(),
                                "NETWORK_ACTION",
                                "networks/actions/" + action.id())
                        == 1);
        assertThat(tasks(owner)).containsExactly("Boka jurist för dataklasserna");
        assertThat(tasks(nassjo)).as("another person of the same organisation").isEmpty();

        actingAs.as(owner, () -> actions.changeStatus(action.id(), action.version(), ActionStatus.DONE, null));
        assertThat(tasks(owner)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select closed_on from network_action where id = ?", LocalDate.class, action.id()))
                .isEqualTo(LocalDate.now(SwedishTime.ZONE));
    }

    private List<String> tasks(Actor who) {
        return actingAs.as(who, () -> worklist.mine()).stream()
                .filter(kind -> kind.kind().equals(NetworkWork.ACTIONS))
                .map(WorkItems::first)
                .flatMap(List::stream)
                .map(item -> item.title())
                .toList();
    }

    private NetworkAction give(NetworkMeeting meeting, String title, Actor owner, LocalDate due) {
        return actions.give(meeting.id(), new ActionDraft(title, owner.personId(), due, null, null));
    }

    private void close(NetworkAction action, LocalDate on) {
        jdbc.update("update network_action set status = 'DONE', closed_on = ? where id = ?", on, action.id());
    }

    private Set<Long> followUp(NetworkMeeting meeting) {
        return Set.copyOf(meetings.detail(meeting.id()).followUp().stream()
                .map(row -> row.action().id())
                .toList());
    }

    private long meetingsOfNetwork() {
        return jdbc.queryForObject(
                "select count(*) from network_meeting where network_id = ?", Long.class, network.id());
    }
}
