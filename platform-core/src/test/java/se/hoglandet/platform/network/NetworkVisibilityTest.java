package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.person.StaffFixture;
import se.hoglandet.platform.person.StaffImportService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The visibility truth table (the shared CSV, not the code under test) through the network service, for every role
 * of every organisation in the cast. A network's participating organisations are its members' organisations: Eksjö
 * founds it (owner), a member from Nässjö makes Nässjö participating, Vetlanda is named, Aneby is outside, and a
 * company of Eksjö does not inherit Eksjö's access.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class NetworkVisibilityTest {

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

    Organisations organisations;
    NetworkFixture fixture;

    final Map<String, String> castOrganisation = Map.of(
            "owner", "eksjo",
            "participating", "nassjo",
            "named", "vetlanda",
            "other", "aneby",
            "company_of_owner", "visibilitybolag",
            "federation_staff", "hoglandsforbundet",
            "platform_admin", "hoglandsforbundet");
    final Map<String, Role> castRole =
            Map.of("federation_staff", Role.FEDERATION_STAFF, "platform_admin", Role.PLATFORM_ADMIN);

    @BeforeEach
    void setUp() {
        organisations = new Organisations(jdbc);
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select 'visibilitybolag', 'Visibility Bolag', 'COMPANY', id, true, false, 0
                from organisation where code = 'eksjo'
                and not exists (select 1 from organisation where code = 'visibilitybolag')""");
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0} network, {1} reads: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void everyRoleOfEveryOrganisationReadsWhatTheTableSays(Visibility visibility, String who, boolean mayRead) {
        Actor founder = fixture.person("eksjo", Role.PROJECT_LEAD);
        Network network =
                fixture.network(founder, MembershipMode.OPEN, visibility, Set.of(organisations.id("vetlanda")));
        fixture.add(founder, network, fixture.person("nassjo"));

        if (who.equals("anonymous")) {
            actingAs.anonymous();
            assertThatThrownBy(() -> networks.list(network.name(), PageRequest.of(0, 5)))
                    .isInstanceOf(PermissionDeniedException.class);
            return;
        }
        List<Role> roles = castRole.containsKey(who) ? List.of(castRole.get(who)) : Arrays.asList(Role.values());
        String code = castOrganisation.get(who);
        for (Role role : roles) {
            actingAs.set(ActingAs.member(1, organisations.id(code), code, role));
            assertThat(networks.list(network.name(), PageRequest.of(0, 5)).getContent())
                    .as("list for %s %s", who, role)
                    .hasSize(mayRead ? 1 : 0);
            if (mayRead) {
                assertThat(networks.detail(network.id()).network().id()).isEqualTo(network.id());
            } else {
                assertThatThrownBy(() -> networks.detail(network.id()))
                        .as("page for %s %s", who, role)
                        .isInstanceOf(DomainValidationException.class);
            }
        }
    }
}
