package se.hoglandet.platform.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
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
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * How people become members, for every role, of an organisation already taking part (Nässjö) and of one outside
 * (Aneby): an open network takes them at once and their organisation takes part; one on request waits for a
 * coordinator; one by invitation takes only whom its coordinators add. A member is never added twice, and a
 * private network is invisible (and so closed) to an organisation outside.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class NetworkMembershipTest {

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
    Actor founder;

    @BeforeEach
    void setUp() {
        fixture = new NetworkFixture(networks, meetings, new StaffFixture(imports, people, actingAs, jdbc), actingAs);
        founder = fixture.person("eksjo", Role.PROJECT_LEAD);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MembershipMode.class)
    void everyRoleOfAMemberOrganisationAndOfOneOutsideJoinsAsTheModeSays(MembershipMode mode) {
        Network network = fixture.network(founder, mode, Visibility.FEDERATION, Set.of());
        fixture.add(founder, network, fixture.person("nassjo"));
        for (String code : new String[] {"nassjo", "aneby"}) {
            for (Role role : Role.values()) {
                Actor person = fixture.person(code, role);
                actingAs.set(person);
                switch (mode) {
                    case OPEN ->
                        assertThat(networks.join(network.id()).status()).isEqualTo(MemberStatus.ACTIVE);
                    case ON_REQUEST ->
                        assertThat(networks.join(network.id()).status()).isEqualTo(MemberStatus.REQUESTED);
                    case BY_INVITATION ->
                        assertThatThrownBy(() -> networks.join(network.id()))
                                .as("%s %s", code, role)
                                .isInstanceOf(DomainValidationException.class)
                                .hasFieldOrPropertyWithValue("messageKey", "network.error.byInvitation");
                }
                assertThat(networks.detail(network.id()).isMember()).isEqualTo(mode == MembershipMode.OPEN);
            }
        }
        assertThat(participatingCodes(network))
                .isEqualTo(mode == MembershipMode.OPEN ? Set.of("nassjo", "aneby") : Set.of("nassjo"));
    }

    @Test
    void aRequestWaitsForACoordinatorWhoseApprovalLetsTheOrganisationTakePart() {
        Network network = fixture.network(founder, MembershipMode.ON_REQUEST, Visibility.FEDERATION, Set.of());
        Actor asker = fixture.person("aneby");
        NetworkMember request = actingAs.as(asker, () -> networks.join(network.id()));
        assertThat(participatingCodes(network)).isEmpty();
        assertThat(actingAs.as(asker, () -> networks.detail(network.id()).hasAsked()))
                .isTrue();
        // Only those who run the network see and decide requests.
        assertThatThrownBy(() -> actingAs.as(asker, () -> networks.approve(request.id())))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(actingAs.as(
                        fixture.person("nassjo"),
                        () -> networks.detail(network.id()).members()))
                .extracting(m -> m.person().id())
                .doesNotContain(asker.personId());

        actingAs.as(founder, () -> networks.approve(request.id()));

        assertThat(participatingCodes(network)).containsExactly("aneby");
        assertThat(actingAs.as(asker, () -> networks.detail(network.id()).isMember()))
                .isTrue();
    }

    @Test
    void aMemberAddedTwiceIsRefusedAndNothingIsSaved() {
        Network network = fixture.openNetwork(founder);
        Actor member = fixture.person("vetlanda");
        fixture.add(founder, network, member);

        assertThatThrownBy(() -> fixture.add(founder, network, member))
                .isInstanceOf(DomainValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "network.error.alreadyMember");
        assertThatThrownBy(() -> actingAs.as(member, () -> networks.join(network.id())))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.alreadyMember");
        assertThat(jdbc.queryForObject(
                        "select count(*) from network_member where network_id = ? and person_id = ?",
                        Long.class,
                        network.id(),
                        member.personId()))
                .isOne();
    }

    @Test
    void aPrivateNetworkIsClosedToAnOrganisationOutsideAndOpenToItsMembers() {
        Network network = fixture.network(founder, MembershipMode.OPEN, Visibility.PRIVATE, Set.of());
        Actor outsider = fixture.person("aneby", Role.ORG_ADMIN);
        assertThatThrownBy(() -> actingAs.as(outsider, () -> networks.join(network.id())))
                .hasFieldOrPropertyWithValue("messageKey", "network.error.notFound");

        Actor member = fixture.person("aneby");
        fixture.add(founder, network, member);
        // Aneby takes part now, so all of Aneby reads it (the truth table's participating organisation).
        assertThat(actingAs.as(
                        outsider, () -> networks.detail(network.id()).network().id()))
                .isEqualTo(network.id());
    }

    @Test
    void onlyThoseWhoRunTheNetworkAddMembersAndTheOwnersAdministratorMayStepIn() {
        Network network = fixture.openNetwork(founder);
        Actor member = fixture.person("nassjo");
        fixture.add(founder, network, member);
        Actor newcomer = fixture.person("savsjo");
        assertThatThrownBy(() -> fixture.add(member, network, newcomer)).isInstanceOf(PermissionDeniedException.class);

        Actor eksjoAdministrator = fixture.person("eksjo", Role.ORG_ADMIN);
        fixture.add(eksjoAdministrator, network, newcomer);
        assertThat(participatingCodes(network)).containsExactlyInAnyOrder("nassjo", "savsjo");
    }

    private Set<String> participatingCodes(Network network) {
        return Set.copyOf(jdbc.queryForList(
                "select o.code from network_participating_organisations p"
                        + " join organisation o on o.id = p.participating_organisations_id where p.network_id = ?",
                String.class,
                network.id()));
    }
}
