package se.hoglandet.platform.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentDraft;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.incident.IncidentKind;
import se.hoglandet.platform.incident.IncidentReport;
import se.hoglandet.platform.incident.IncidentRouting;
import se.hoglandet.platform.incident.IncidentService;
import se.hoglandet.platform.incident.IncidentSeverity;
import se.hoglandet.platform.notification.EmailFrequency;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.TestSmtp;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Routing through the directory, read back from a real SMTP server (GreenMail): people imported from CSV who never
 * signed in are reached; an incident in an organisation without a security officer reaches its mailbox and the
 * reporter's manager, as the form was told beforehand; duty mail comes at once even with weekly digests chosen,
 * other mail waits for the digest. Also the directory sync's diff, against a source the test controls.
 */
@SpringBootTest(classes = {CoreTestApplication.class, RoutingMailTest.SwitchableReader.class})
@UsesMariaDb
class RoutingMailTest {

    static final GreenMail smtp = TestSmtp.start();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /**
     * A directory source whose users the test sets, or that fails when told to. Registered by this test only (a
     * plain class, so that no component scan of another test picks it up).
     */
    static class SwitchableReader implements DirectoryReader {
        volatile Supplier<List<DirectoryEntry>> users = List::of;

        @Override
        public List<DirectoryEntry> readAll() {
            return users.get();
        }

        @Override
        public String subjectPrefix() {
            return "fake:";
        }
    }

    @Autowired
    StaffImportService imports;

    @Autowired
    PersonService people;

    @Autowired
    DirectoryService directory;

    @Autowired
    FunctionalMailboxService mailboxes;

    @Autowired
    IncidentService incidents;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    NotificationService notifications;

    @Autowired
    SwitchableReader reader;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    StaffFixture staff;

    @BeforeEach
    void setUp() {
        staff = new StaffFixture(imports, people, actingAs, jdbc);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void anIncidentWithoutASecurityOfficerReachesTheMailboxAndTheReportersManagerAsTheFormSaid() throws Exception {
        String organisation = staff.newOrganisation("Utan säkerhetschef");
        long organisationId = staff.organisationId(organisation);
        String mailbox = "incident@" + organisation + ".invalid";
        List<Person> imported = staff.importStaff(organisation, """
                Namn;E-post;Roller;Chef
                Rita Rapportör;rita@%1$s.invalid;MEMBER;maja@%1$s.invalid
                Maja Chef;maja@%1$s.invalid;MEMBER;
                """.formatted(organisation));
        Person reporter = imported.stream()
                .filter(p -> p.displayName().startsWith("Rita"))
                .findFirst()
                .orElseThrow();
        Actor admin = staff.administrator(organisation);
        assertThat(actingAs.as(admin, () -> mailboxes.unstaffedDuties(organisationId)))
                .containsExactlyInAnyOrder(RoutingDuty.INCIDENTS, RoutingDuty.DATA_PROTECTION, RoutingDuty.REGISTRY);
        Actor federation = staff.signedIn("hoglandsforbundet", "oversikt", Role.FEDERATION_STAFF);
        assertThat(actingAs.as(federation, () -> mailboxes.unstaffedDutiesEverywhere()))
                .anySatisfy((org, duties) -> {
                    assertThat(org.id()).isEqualTo(organisationId);
                    assertThat(duties)
                            .containsExactlyInAnyOrder(
                                    RoutingDuty.INCIDENTS, RoutingDuty.DATA_PROTECTION, RoutingDuty.REGISTRY);
                });
        actingAs.as(admin, () -> mailboxes.setMailbox(RoutingDuty.INCIDENTS, mailbox));
        assertThat(actingAs.as(admin, () -> mailboxes.unstaffedDuties(organisationId)))
                .containsExactlyInAnyOrder(RoutingDuty.DATA_PROTECTION, RoutingDuty.REGISTRY);
        assertThat(actingAs.as(federation, () -> mailboxes.unstaffedDutiesEverywhere()))
                .anySatisfy((org, duties) -> {
                    assertThat(org.id()).isEqualTo(organisationId);
                    assertThat(duties).containsExactlyInAnyOrder(RoutingDuty.DATA_PROTECTION, RoutingDuty.REGISTRY);
                });

        Actor rita = StaffFixture.actorOf(reporter);
        IncidentRouting told = actingAs.as(rita, () -> incidents.whoWillBeTold());
        assertThat(told.reachesNobody()).isFalse();
        assertThat(told.mailbox()).isEqualTo(mailbox);
        assertThat(told.people()).extracting(r -> r.name() + " " + r.reasons()).containsExactly("Maja Chef [MANAGER]");

        var incident = actingAs.as(rita, () -> incidents.report(report("Chatten visade personnummer")));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mailsTo(mailbox).isEmpty()
                        && !mailsTo("maja@" + organisation + ".invalid").isEmpty());
        assertThat(mailsTo(mailbox).getFirst().getSubject()).isEqualTo("Ny incident: Chatten visade personnummer");
        assertThat(mailsTo("maja@" + organisation + ".invalid")
                        .getFirst()
                        .getContent()
                        .toString())
                .contains("Rita Rapportör")
                .contains("incidents/" + incident.id());
        assertThat(mailsTo("rita@" + organisation + ".invalid")).isEmpty();
    }

    @Test
    void anOrganisationThatWouldReachNobodyIsOfferedTheFederationsMailbox() throws Exception {
        String organisation = staff.newOrganisation("Ensamt bolag");
        Actor loner = staff.signedIn(organisation, "ensam", Role.PROJECT_LEAD);
        Actor federationAdmin = staff.administrator("hoglandsforbundet");
        String federationMailbox = "incident@hoglandsforbundet.invalid";
        actingAs.as(federationAdmin, () -> mailboxes.setMailbox(RoutingDuty.INCIDENTS, federationMailbox));

        IncidentRouting told = actingAs.as(loner, () -> incidents.whoWillBeTold());
        assertThat(told.reachesNobody()).isTrue();
        assertThat(told.federationMailbox()).isEqualTo(federationMailbox);

        int before = mailsTo(federationMailbox).size();
        actingAs.as(loner, () -> incidents.report(report("Ingen att fråga " + organisation), true));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(federationMailbox).size() == before + 1);
    }

    @Test
    void anImportedDpoWhoNeverSignedInIsAskedToSignAndDutyMailIgnoresTheWeeklyDigest() throws Exception {
        String organisation = staff.newOrganisation("Bedömningsbolaget");
        List<Person> imported = staff.importStaff(organisation, """
                Namn;E-post;Roller
                Doris Dataskydd;doris@%1$s.invalid;DPO
                """.formatted(organisation));
        Person dpo = imported.getFirst();
        assertThat(dpo.hasSignedIn()).isFalse();
        Actor lawyer = staff.signedIn(organisation, "jurist", Role.LAWYER);
        Actor infosec = staff.signedIn(organisation, "sakerhet", Role.INFOSEC);
        String infosecMail = people.findById(infosec.personId()).orElseThrow().email();
        actingAs.as(infosec, () -> {
            notifications.choose(NotificationKind.ASSESSMENT_SIGN_OFF_REQUESTED, true, true, EmailFrequency.WEEKLY);
            notifications.choose(NotificationKind.ASSESSMENT_SIGNED_OFF, true, true, EmailFrequency.WEEKLY);
            return null;
        });

        AssessmentFixture fixture = new AssessmentFixture(assessments, templates, people, actingAs);
        Long template = fixture.templateId("risk-consequence");
        String title = "Copilot i " + organisation;
        Assessment draft = actingAs.as(
                lawyer,
                () -> assessments.create(
                        template,
                        AssessmentDraft.titled(title, "Microsoft 365 Copilot", Set.of())
                                .withAnswers(AssessmentFixture.completeRiskAnswers())));
        actingAs.as(lawyer, () -> assessments.submit(draft.id(), draft.version()));

        String dpoMail = "doris@" + organisation + ".invalid";
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        !mailsTo(dpoMail).isEmpty() && !mailsTo(infosecMail).isEmpty());
        assertThat(mailsTo(dpoMail).getFirst().getSubject())
                .isEqualTo("Bedömning att signera som dataskyddsombud: " + title);
        assertThat(mailsTo(infosecMail).getFirst().getSubject())
                .isEqualTo("Bedömning att signera som informationssäkerhetsansvarig: " + title);

        // A sign-off is not duty mail: the security officer who chose weekly gets it in the weekly digest only.
        actingAs.as(StaffFixture.actorOf(dpo), () -> assessments.signOff(draft.id(), Role.DPO, true, null));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from notification_digest_entry where person_id = ?",
                                Integer.class,
                                infosec.personId())
                        == 1);
        assertThat(mailsTo(infosecMail)).hasSize(1);
        assertThat(notifications.sendDigests(EmailFrequency.WEEKLY)).isGreaterThanOrEqualTo(1);
        assertThat(mailsTo(infosecMail)).hasSize(2);
        assertThat(mailsTo(infosecMail).getLast().getSubject()).isEqualTo("Veckans sammanfattning: 1 meddelanden");
        assertThat(mailsTo(infosecMail).getLast().getContent().toString()).contains("Signerad: " + title);
        assertThat(notifications.sendDigests(EmailFrequency.WEEKLY)).isZero();
    }

    @Test
    void theSyncAddsUpdatesAndDeactivatesAndAFailedSyncChangesNothing() {
        String organisation = staff.newOrganisation("Synkbolaget");
        long organisationId = staff.organisationId(organisation);
        String run = organisation.substring(5);
        List<DirectoryEntry> users = new ArrayList<>(List.of(
                entry(run, "chef", "Cecilia Chef", Set.of(Role.ORG_ADMIN), null, true),
                entry(run, "dpo", "Daniel Dpo", Set.of(Role.DPO), "chef", true),
                entry(run, "avstängd", "Avstängd Användare", Set.of(Role.INFOSEC), null, false),
                entry(run, "utanroll", "Utan Roll", Set.of(), null, true)));
        reader.users = () -> users;

        DirectorySyncRun first = directory.syncFromSource();

        assertThat(first.succeeded()).isTrue();
        assertThat(people.peopleOf(organisationId))
                .extracting(Person::displayName)
                .containsExactly("Cecilia Chef", "Daniel Dpo");
        Person dpo = people.peopleWithRole(organisationId, Role.DPO).getFirst();
        assertThat(dpo.subject()).isEqualTo("fake:" + run + "-dpo");
        assertThat(people.nearestManagerOf(dpo.id())).map(Person::displayName).contains("Cecilia Chef");
        assertThat(people.peopleWithRole(organisationId, Role.INFOSEC)).isEmpty();

        reader.users = () -> {
            throw new IllegalStateException("Keycloak answered 503");
        };
        DirectorySyncRun failed = directory.syncFromSource();
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.error()).contains("Keycloak answered 503");
        assertThat(people.peopleOf(organisationId)).hasSize(2);
        actingAs.set(ActingAs.member(1, organisationId, organisation, Role.PLATFORM_ADMIN));
        assertThat(directory.latestSync())
                .map(DirectorySyncRun::error)
                .hasValueSatisfying(e -> assertThat(e).contains("503"));

        // The DPO is disabled and the chief vanishes: both are deactivated, never routed to again.
        users.set(1, entry(run, "dpo", "Daniel Dpo", Set.of(Role.DPO), "chef", false));
        users.removeFirst();
        reader.users = () -> users;
        DirectorySyncRun third = directory.syncFromSource();
        assertThat(third.succeeded()).isTrue();
        assertThat(third.deactivated()).isGreaterThanOrEqualTo(2);
        assertThat(people.peopleOf(organisationId)).isEmpty();
        assertThat(people.findById(dpo.id()).orElseThrow().isActive()).isFalse();
    }

    private static DirectoryEntry entry(
            String run, String user, String name, Set<Role> roles, String manager, boolean enabled) {
        return new DirectoryEntry(
                "fake:" + run + "-" + user,
                name,
                user + "-" + run + "@example.invalid",
                "test-" + run,
                roles,
                manager == null ? null : run + "-" + manager,
                run + "-" + user,
                enabled);
    }

    private static IncidentReport report(String title) {
        return new IncidentReport(
                title,
                "Beskrivning av vad som hände",
                IncidentKind.values()[0],
                IncidentSeverity.values()[0],
                LocalDate.now(SwedishTime.ZONE),
                false,
                null,
                null);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return TestSmtp.mailsTo(smtp, address);
    }
}
