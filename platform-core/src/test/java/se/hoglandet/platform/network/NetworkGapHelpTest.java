package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.maturity.GapHelp;
import se.hoglandet.platform.maturity.ModelDefinition;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Networks suggested for a weak maturity dimension, on MariaDB: a network whose name or purpose holds one of the
 * dimension's words is offered; a private network with the word only to those who may read it; a network without
 * the word not at all.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class NetworkGapHelpTest {

    @Autowired
    NetworkGapHelp help;

    @Autowired
    NetworkService networks;

    @Autowired
    MeetingService meetings;

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    NetworkFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void networksWhoseNameOrPurposeHoldsTheDimensionsWordsAndThatTheReaderMayRead() {
        String word = "ordet" + UUID.randomUUID().toString().substring(0, 6);
        Actor eksjo = fixture.person("eksjo", Role.PROJECT_LEAD);
        Actor vetlanda = fixture.person("vetlanda");
        Network byName = create(eksjo, "Nätverket " + word.toUpperCase(), "Vi ses varje månad.", Visibility.FEDERATION);
        Network byPurpose = create(
                eksjo, "Grannar " + word.substring(5), "Vi delar " + word + " med varandra.", Visibility.FEDERATION);
        Network secret = create(eksjo, "Slutet " + word, "Bara för Eksjö.", Visibility.PRIVATE);
        Network other = create(eksjo, "Annat " + word.substring(5), "Något helt annat.", Visibility.FEDERATION);

        ModelDefinition.Dimension dimension = new ModelDefinition.Dimension(
                "competence", "Kompetens", List.of(), List.of(), List.of(word), List.of(), List.of());
        assertThat(paths(vetlanda, dimension))
                .as("by name: Grannar, Nätverket")
                .containsExactly("networks/" + byPurpose.id(), "networks/" + byName.id())
                .doesNotContain("networks/" + secret.id(), "networks/" + other.id());
        assertThat(paths(eksjo, dimension))
                .as("by name: Grannar, Nätverket, Slutet")
                .containsExactly("networks/" + byPurpose.id(), "networks/" + byName.id(), "networks/" + secret.id());
        assertThat(actingAs.as(vetlanda, () -> help.helpFor(dimension, 1))).hasSize(1);
        assertThat(paths(
                        vetlanda,
                        new ModelDefinition.Dimension(
                                "competence", "Kompetens", List.of(), List.of(), List.of(), List.of(), List.of())))
                .isEmpty();
    }

    private Network create(Actor founder, String name, String purpose, Visibility visibility) {
        return actingAs.as(
                founder,
                () -> networks.create(new NetworkDraft(name, purpose, MembershipMode.OPEN, visibility, Set.of())));
    }

    private List<String> paths(Actor reader, ModelDefinition.Dimension dimension) {
        return actingAs.as(reader, () -> help.helpFor(dimension, 50)).stream()
                .map(GapHelp.Link::path)
                .toList();
    }
}
