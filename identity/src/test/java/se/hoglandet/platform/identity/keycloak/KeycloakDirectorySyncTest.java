package se.hoglandet.platform.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.identitytest.IdentityTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.person.DirectoryService;
import se.hoglandet.platform.person.DirectorySyncRun;
import se.hoglandet.platform.person.LoginIdentity;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.KeycloakTestServer;
import se.hoglandet.testsupport.TestSmtp;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * The directory sync against a real Keycloak 26 (the realm file the deployment imports): users who never signed in
 * to the portal are in the directory after a sync, with organisation, roles and manager; a user without a portal
 * role is not stored; a DPO created in Keycloak and synced, who never signed in, receives the "sign this
 * assessment" mail (GreenMail); disabling a user, or deleting one, deactivates them at the next sync. The service
 * account can read users and role members and nothing else.
 */
@SpringBootTest(
        classes = {IdentityTestApplication.class, KeycloakDirectorySyncTest.PrimaryActingAs.class},
        properties = {"portal.auth=keycloak", "portal.directory.keycloak.sync-initial-delay=PT1H"})
@UsesMariaDb
class KeycloakDirectorySyncTest {

    static final GreenMail smtp = TestSmtp.start();
    static Keycloak admin;

    /**
     * The test says who acts (instead of a login's security context). A plain class registered by this test only,
     * so that the component scan of the other identity tests never picks it up.
     */
    @Primary
    static class PrimaryActingAs extends ActingAs {}

    @DynamicPropertySource
    static void keycloakAndMail(DynamicPropertyRegistry registry) {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        registry.add("portal.directory.keycloak.issuer-uri", keycloak::issuerUri);
        registry.add("portal.directory.keycloak.client-secret", keycloak::directoryClientSecret);
        registry.add("portal.directory.keycloak.page-size", () -> 3);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeAll
    static void administrator() {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        admin = KeycloakBuilder.builder()
                .serverUrl(keycloak.serverUrl())
                .realm("master")
                .clientId("admin-cli")
                .username("admin")
                .password(keycloak.adminPassword())
                .build();
    }

    @AfterAll
    static void stop() {
        smtp.stop();
        admin.close();
    }

    @Autowired
    DirectoryService directory;

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

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void usersWhoNeverSignedInAreRoutedToAfterTheSyncAndDisabledOnesAreDeactivated() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String organisation = "kc-" + run;
        jdbc.update(
                "insert into organisation (code, name, kind, parent_id, active, demo, version)"
                        + " select ?, ?, 'COMPANY', id, true, false, 0 from organisation where code = 'eksjo'",
                organisation,
                "Synkbolaget " + run);
        long organisationId =
                jdbc.queryForObject("select id from organisation where code = ?", Long.class, organisation);
        RealmResource realm = admin.realm(KeycloakTestServer.REALM);
        String chief =
                createUser(realm, "chef-" + run, "Cecilia", "Chef", organisation, null, Role.MEMBER, Role.ORG_ADMIN);
        String dpo = createUser(realm, "dpo-" + run, "Doris", "Dataskydd", organisation, "chef-" + run, Role.DPO);
        String lawyer = createUser(realm, "jurist-" + run, "Jonas", "Jurist", organisation, "chef-" + run, Role.LAWYER);
        createUser(realm, "utanroll-" + run, "Utan", "Roll", organisation, null);

        DirectorySyncRun first = directory.syncFromSource();

        assertThat(first.succeeded()).as(first.error()).isTrue();
        assertThat(people.peopleOf(organisationId))
                .extracting(Person::displayName)
                .containsExactly("Cecilia Chef", "Doris Dataskydd", "Jonas Jurist");
        Person doris = people.peopleWithRole(organisationId, Role.DPO).getFirst();
        assertThat(doris.hasSignedIn()).isFalse();
        assertThat(doris.subject()).isEqualTo("keycloak:" + dpo);
        assertThat(doris.email()).isEqualTo("dpo-" + run + "@example.invalid");
        assertThat(people.nearestManagerOf(doris.id())).map(Person::displayName).contains("Cecilia Chef");
        // The realm file's own users, who never signed in here either.
        long eksjo = jdbc.queryForObject("select id from organisation where code = 'eksjo'", Long.class);
        Person erik = people.peopleOf(eksjo).stream()
                .filter(p -> "Erik Eksjöberg".equals(p.displayName()))
                .findFirst()
                .orElseThrow();
        assertThat(people.nearestManagerOf(erik.id())).map(Person::displayName).contains("Eva Admin");
        assertThat(people.peopleOf(eksjo)).extracting(Person::displayName).doesNotContain("Nils Utanroll");

        // The lawyer signs in through Keycloak: the login links to the synced entry by subject.
        Person jonas = people.recordLogin(new LoginIdentity(
                "keycloak:" + lawyer,
                "Jonas Jurist",
                "jurist-" + run + "@example.invalid",
                organisation,
                EnumSet.of(Role.LAWYER),
                true));
        assertThat(jonas.id())
                .isEqualTo(people.peopleWithRole(organisationId, Role.LAWYER)
                        .getFirst()
                        .id());
        Actor jonasActor =
                new Actor(jonas.id(), jonas.displayName(), organisationId, organisation, Set.of(Role.LAWYER));
        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Long template = fixture.templateId("risk-consequence");
        String title = "Röstassistent " + run;
        Assessment draft = actingAs.as(
                jonasActor,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled(title, "Röstassistent", Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        actingAs.as(jonasActor, () -> assessments.submit(draft.id(), draft.version()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !TestSmtp.mailsTo(smtp, doris.email()).isEmpty());
        assertThat(TestSmtp.mailsTo(smtp, doris.email()).getFirst().getSubject())
                .isEqualTo("Bedömning att signera som dataskyddsombud: " + title);

        // Disabled in Keycloak, deleted from it: deactivated at the next sync, never routed to again.
        UserRepresentation disabled = realm.users().get(dpo).toRepresentation();
        disabled.setEnabled(false);
        realm.users().get(dpo).update(disabled);
        realm.users().delete(chief).close();
        DirectorySyncRun second = directory.syncFromSource();
        assertThat(second.succeeded()).isTrue();
        assertThat(second.deactivated()).isGreaterThanOrEqualTo(2);
        assertThat(people.peopleOf(organisationId))
                .extracting(Person::displayName)
                .containsExactly("Jonas Jurist");
        assertThat(people.peopleWithRole(organisationId, Role.DPO)).isEmpty();
        assertThat(people.nearestManagerOf(jonas.id())).isEmpty();
    }

    @Test
    void theServiceAccountReadsUsersAndRoleMembersAndNothingElse() {
        KeycloakTestServer keycloak = KeycloakTestServer.get();
        try (Keycloak directoryAccount = KeycloakBuilder.builder()
                .serverUrl(keycloak.serverUrl())
                .realm(KeycloakTestServer.REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId("portal-directory")
                .clientSecret(keycloak.directoryClientSecret())
                .build()) {
            RealmResource realm = directoryAccount.realm(KeycloakTestServer.REALM);
            assertThat(realm.users().list(0, 50))
                    .extracting(UserRepresentation::getUsername)
                    .contains("erik.eksjo");
            assertThat(realm.roles().get("PROJECT_LEAD").getUserMembers(true, 0, 50))
                    .extracting(UserRepresentation::getUsername)
                    .contains("erik.eksjo");

            UserRepresentation intruder = new UserRepresentation();
            intruder.setUsername("inkräktare");
            try (Response created = realm.users().create(intruder)) {
                assertThat(created.getStatus()).isEqualTo(403);
            }
            String erik = realm.users().search("erik.eksjo", true).getFirst().getId();
            UserRepresentation change = realm.users().get(erik).toRepresentation();
            change.setEnabled(false);
            assertThatThrownBy(() -> realm.users().get(erik).update(change)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> realm.clients().findAll()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> realm.roles()
                            .create(new org.keycloak.representations.idm.RoleRepresentation("NY_ROLL", null, false)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    private static String createUser(
            RealmResource realm,
            String username,
            String first,
            String last,
            String organisation,
            String manager,
            Role... roles) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(username + "@example.invalid");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setAttributes(
                manager == null
                        ? Map.of("organisation", List.of(organisation))
                        : Map.of("organisation", List.of(organisation), "manager", List.of(manager)));
        String id;
        try (Response response = realm.users().create(user)) {
            assertThat(response.getStatus())
                    .as(response.readEntity(String.class))
                    .isEqualTo(201);
            id = CreatedResponseUtil.getCreatedId(response);
        }
        if (roles.length > 0) {
            realm.users()
                    .get(id)
                    .roles()
                    .realmLevel()
                    .add(java.util.Arrays.stream(roles)
                            .map(r -> realm.roles().get(r.name()).toRepresentation())
                            .toList());
        }
        return id;
    }
}
