package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import se.hoglandet.platform.picture.Period;
import se.hoglandet.platform.picture.PictureFigure;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The networks' part of an organisation's picture on MariaDB: a network Nässjö takes part in, with one decision and
 * one action done, adds exactly one network, one decision and one action done to Nässjö's figures, for the year and
 * for all time; a private network of Eksjö and Nässjö adds nothing for a reader in Vetlanda, who may not read it.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class NetworkPictureTest {

    @Autowired
    NetworkPicture picture;

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actions;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    NetworkFixture fixture;
    Actor coordinator;
    Actor nassjo;
    Actor vetlanda;
    Organisation nassjoOrganisation;

    @BeforeEach
    void setUp() {
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
        coordinator = fixture.person("eksjo", Role.PROJECT_LEAD);
        nassjo = fixture.person("nassjo");
        vetlanda = fixture.person("vetlanda");
        nassjoOrganisation = entityManager.find(
                Organisation.class,
                jdbc.queryForObject("select id from organisation where code = 'nassjo'", Long.class));
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aNetworkWithADecisionAndAnActionDoneAddsOneOfEachToItsMembersPicture() {
        Map<String, Long> yearBefore = figures(vetlanda, Period.year(today().getYear()));
        Map<String, Long> alwaysBefore = figures(vetlanda, Period.always());

        Network network = fixture.openNetwork(coordinator);
        fixture.add(coordinator, network, nassjo);
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(-1), "Läget");
        actingAs.as(coordinator, () -> {
            meetings.decide(meeting.id(), new DecisionDraft(null, "Vi delar våra mallar"));
            NetworkAction action = actions.give(
                    meeting.id(), new ActionDraft("Skicka mallarna", nassjo.personId(), today(), null, null));
            NetworkAction open = actions.give(
                    meeting.id(), new ActionDraft("Boka nästa träff", nassjo.personId(), today(), null, null));
            actions.changeStatus(action.id(), action.version(), ActionStatus.DONE, null);
            return open;
        });

        assertThat(difference(figures(vetlanda, Period.year(today().getYear())), yearBefore))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("networks.takingPart", 1L, "networks.decisions", 1L, "networks.actionsDone", 1L));
        assertThat(difference(figures(vetlanda, Period.always()), alwaysBefore))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("networks.takingPart", 1L, "networks.decisions", 1L, "networks.actionsDone", 1L));
    }

    @Test
    void aPrivateNetworkCountsOnlyForThoseWhoMayReadIt() {
        Map<String, Long> outsideBefore = figures(vetlanda, Period.always());
        Map<String, Long> insideBefore = figures(nassjo, Period.always());

        Network network = fixture.network(coordinator, MembershipMode.BY_INVITATION, Visibility.PRIVATE, Set.of());
        fixture.add(coordinator, network, nassjo);
        NetworkMeeting meeting = fixture.meeting(coordinator, network, Duration.ofDays(-1), "Läget");
        actingAs.as(coordinator, () -> meetings.decide(meeting.id(), new DecisionDraft(null, "Hemligt beslut")));

        assertThat(difference(figures(vetlanda, Period.always()), outsideBefore))
                .containsOnly(
                        Map.entry("networks.takingPart", 0L),
                        Map.entry("networks.decisions", 0L),
                        Map.entry("networks.actionsDone", 0L));
        assertThat(difference(figures(nassjo, Period.always()), insideBefore))
                .containsEntry("networks.takingPart", 1L)
                .containsEntry("networks.decisions", 1L);
    }

    private Map<String, Long> figures(Actor reader, Period period) {
        List<PictureFigure> figures = actingAs.as(reader, () -> picture.figures(nassjoOrganisation, period));
        return figures.stream()
                .collect(Collectors.toMap(PictureFigure::key, f -> f.value().longValueExact()));
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        return after.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)));
    }

    private static LocalDate today() {
        return LocalDate.now(se.hoglandet.platform.shared.SwedishTime.ZONE);
    }
}
