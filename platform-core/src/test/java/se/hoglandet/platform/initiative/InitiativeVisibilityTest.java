package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The visibility truth table (the shared CSV, not the code under test) through the initiative service, for every
 * role of every organisation in the cast: the register page, the initiative page, the public register, and who
 * may edit. Cast: Eksjö owns, Nässjö participates, Vetlanda is named, Aneby is another organisation, a company of
 * Eksjö does not inherit Eksjö's access.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class InitiativeVisibilityTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    Organisations organisations;
    Map<String, String> castOrganisation = Map.of(
            "owner",
            "eksjo",
            "participating",
            "nassjo",
            "named",
            "vetlanda",
            "other",
            "aneby",
            "company_of_owner",
            "visibilitybolag",
            "federation_staff",
            "hoglandsforbundet",
            "platform_admin",
            "hoglandsforbundet");
    Map<String, Role> castRole =
            Map.of("federation_staff", Role.FEDERATION_STAFF, "platform_admin", Role.PLATFORM_ADMIN);

    @BeforeEach
    void setUp() {
        organisations = new Organisations(jdbc);
        jdbc.update("""
                insert into organisation (code, name, kind, parent_id, active, demo, version)
                select 'visibilitybolag', 'Visibility Bolag', 'COMPANY', id, true, false, 0
                from organisation where code = 'eksjo'
                and not exists (select 1 from organisation where code = 'visibilitybolag')""");
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @ParameterizedTest(name = "{0} initiative, {1} reads: {2}")
    @CsvFileSource(resources = "/visibility/truth-table.csv")
    void everyRoleOfEveryOrganisationReadsWhatTheTableSays(Visibility visibility, String who, boolean mayRead) {
        Initiative initiative = initiativeWith(visibility);
        String title = initiative.title();
        InitiativeFilter onlyThis = new InitiativeFilter(null, null, null, null, null, null, null, title);

        if (who.equals("anonymous")) {
            actingAs.anonymous();
            assertThat(initiatives
                            .publicRegister(onlyThis, PageRequest.of(0, 5))
                            .getContent())
                    .hasSize(mayRead ? 1 : 0);
            assertThat(initiatives.publicInitiative(initiative.id()).isPresent())
                    .isEqualTo(mayRead);
            return;
        }
        List<Role> roles = castRole.containsKey(who) ? List.of(castRole.get(who)) : Arrays.asList(Role.values());
        for (Role role : roles) {
            actingAs.set(
                    ActingAs.member(1, organisations.id(castOrganisation.get(who)), castOrganisation.get(who), role));
            assertThat(initiatives.register(onlyThis, PageRequest.of(0, 5)).getContent())
                    .as("register for %s %s", who, role)
                    .hasSize(mayRead ? 1 : 0);
            if (mayRead) {
                assertThat(initiatives.detail(initiative.id()).initiative().id())
                        .isEqualTo(initiative.id());
            } else {
                assertThatThrownBy(() -> initiatives.detail(initiative.id()))
                        .as("page for %s %s", who, role)
                        .isInstanceOf(DomainValidationException.class);
            }
            // The public register shows PUBLIC initiatives to everyone, and nothing else to anyone.
            assertThat(initiatives
                            .publicRegister(onlyThis, PageRequest.of(0, 5))
                            .getContent())
                    .hasSize(visibility == Visibility.PUBLIC ? 1 : 0);
        }
    }

    @ParameterizedTest(name = "{0} with project lead role {1} may change the initiative: {2}")
    @CsvSource(textBlock = """
            owner,            true,  true
            owner,            false, false
            participating,    true,  false
            named,            true,  false
            other,            true,  false
            company_of_owner, true,  false
            federation_staff, true,  false
            platform_admin,   true,  false
            """)
    void onlyTheOwnersProjectLeadsChangeTheWholeInitiative(String who, boolean projectLead, boolean mayEdit) {
        for (Visibility visibility : Visibility.values()) {
            Initiative initiative = initiativeWith(visibility);
            EnumSet<Role> roles = EnumSet.of(Role.MEMBER);
            if (projectLead) {
                roles.add(Role.PROJECT_LEAD);
            }
            castRole.values().stream().filter(r -> castRole.get(who) == r).forEach(roles::add);
            String code = castOrganisation.get(who);
            actingAs.set(new Actor(1L, "Test", organisations.id(code), code, roles));
            Runnable change = () -> initiatives.update(
                    initiative.id(),
                    initiative.version(),
                    InitiativeFixture.details(initiative.title()),
                    InitiativeSharing.federationWide(Set.of()));
            if (mayEdit) {
                change.run();
            } else {
                assertThatThrownBy(change::run)
                        .as(visibility.name())
                        .isInstanceOfAny(PermissionDeniedException.class, DomainValidationException.class);
            }
        }
    }

    private Initiative initiativeWith(Visibility visibility) {
        Actor owner = ActingAs.member(1, organisations.id("eksjo"), "eksjo", Role.PROJECT_LEAD);
        actingAs.set(owner);
        String title = "Synlighet " + UUID.randomUUID().toString().substring(0, 8);
        Initiative created = initiatives.create(
                InitiativeFixture.details(title),
                new InitiativeSharing(
                        visibility,
                        Set.of(organisations.id("nassjo")),
                        Set.of(organisations.id("vetlanda")),
                        PublicField.defaults()),
                CollaborationLevel.NETWORKING);
        actingAs.anonymous();
        return created;
    }
}
