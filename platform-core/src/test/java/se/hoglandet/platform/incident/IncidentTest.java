package se.hoglandet.platform.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.notification.Notification;
import se.hoglandet.platform.notification.NotificationKind;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Incident reporting on MariaDB: anyone reports, the organisation's security officers, DPOs and IT managers are
 * notified at once and handle it until closed; a PRIVATE incident is read by the reporter and those handlers only
 * (checked for every role of the owner and of another organisation); shared, the truth table applies; never public.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class IncidentTest {

    @Autowired
    IncidentService incidents;

    @Autowired
    NotificationService notifications;

    @Autowired
    AuditService auditService;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aReportReachesTheHandlersAtOnceAndTheReporterHearsHowItGoes() {
        Actor reporter = fixture.person("savsjo");
        Actor infosec = fixture.person("savsjo", Role.INFOSEC);
        Actor dpo = fixture.person("savsjo", Role.DPO);
        Actor itManager = fixture.person("savsjo", Role.IT_MANAGER);
        Actor colleague = fixture.person("savsjo", Role.PROJECT_LEAD);
        Actor otherDpo = fixture.person("aneby", Role.DPO);

        assertThatThrownBy(() ->
                        actingAs.as(reporter, () -> incidents.report(report("", LocalDate.now(SwedishTime.ZONE)))))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(
                        reporter,
                        () -> incidents.report(report(
                                "Framtid", LocalDate.now(SwedishTime.ZONE).plusDays(2)))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("incident.error.occurredOn");
        assertThatThrownBy(() -> actingAs.as(
                        reporter,
                        () -> incidents.report(new IncidentReport(
                                "Okänt verktyg",
                                "Text",
                                IncidentKind.OTHER,
                                IncidentSeverity.LOW,
                                LocalDate.now(SwedishTime.ZONE),
                                false,
                                -1L,
                                null))))
                .isInstanceOf(DomainValidationException.class);
        Incident incident = actingAs.as(
                reporter,
                () -> incidents.report(report(unique("Personnummer i chatt"), LocalDate.now(SwedishTime.ZONE))));
        assertThat(incident.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(incident.status()).isEqualTo(IncidentStatus.REPORTED);
        assertThat(incident.breachNotificationDeadline())
                .isEqualTo(incident.createdAt().plus(Duration.ofHours(72)));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> links(infosec, NotificationKind.INCIDENT_REPORTED).size() == 1
                        && links(dpo, NotificationKind.INCIDENT_REPORTED).size() == 1
                        && links(itManager, NotificationKind.INCIDENT_REPORTED).size() == 1);
        assertThat(links(infosec, NotificationKind.INCIDENT_REPORTED)).containsExactly("incidents/" + incident.id());
        assertThat(links(colleague, NotificationKind.INCIDENT_REPORTED)).isEmpty();
        assertThat(links(otherDpo, NotificationKind.INCIDENT_REPORTED)).isEmpty();
        assertThat(links(reporter, NotificationKind.INCIDENT_REPORTED)).isEmpty();

        // Only the owner's handlers move it on; closing needs the resolution; a stale form is refused.
        assertThatThrownBy(() -> actingAs.as(
                        otherDpo,
                        () -> incidents.changeStatus(
                                incident.id(), incident.version(), IncidentStatus.INVESTIGATING, null)))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(
                        colleague,
                        () -> incidents.changeStatus(
                                incident.id(), incident.version(), IncidentStatus.INVESTIGATING, null)))
                .isInstanceOf(PermissionDeniedException.class);
        Incident investigating = actingAs.as(
                infosec,
                () -> incidents.changeStatus(
                        incident.id(),
                        incident.version(),
                        IncidentStatus.INVESTIGATING,
                        "Loggar begärda från leverantören"));
        assertThatThrownBy(() -> actingAs.as(
                        dpo,
                        () -> incidents.changeStatus(
                                incident.id(), incident.version(), IncidentStatus.CLOSED, "Klart")))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> actingAs.as(
                        dpo,
                        () -> incidents.changeStatus(
                                incident.id(), investigating.version(), IncidentStatus.CLOSED, " ")))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("incident.error.resolution");
        Incident closed = actingAs.as(
                dpo,
                () -> incidents.changeStatus(
                        incident.id(),
                        investigating.version(),
                        IncidentStatus.CLOSED,
                        "Inte en personuppgiftsincident: uppgifterna var påhittade. Rutinen förtydligad."));
        assertThat(closed.closedAt()).isNotNull();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> links(reporter, NotificationKind.INCIDENT_STATUS_CHANGED)
                                .size()
                        == 2);
        assertThat(actingAs.as(reporter, () -> auditService.historyOf("incident", incident.id(), PageRequest.of(0, 10)))
                        .getContent())
                .extracting(e -> e.action())
                .containsExactly("STATUS_CHANGED", "STATUS_CHANGED", "REPORTED");
    }

    /** Every role of the owner organisation and of another one, against a PRIVATE and then a shared incident. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void privateIsReporterAndHandlersOnlySharedFollowsTheTable(Role role) {
        Actor reporter = fixture.person("eksjo");
        Incident incident = actingAs.as(
                reporter, () -> incidents.report(report(unique("Synlighet"), LocalDate.now(SwedishTime.ZONE))));
        IncidentFilter onlyThis = new IncidentFilter(null, null, null, incident.title());
        Actor ownStaff = fixture.person("eksjo", role);
        Actor otherStaff = fixture.person("aneby", role);
        boolean handler = Set.of(Role.INFOSEC, Role.DPO, Role.IT_MANAGER).contains(role);

        assertReads(reporter, incident, onlyThis, true);
        assertReads(ownStaff, incident, onlyThis, handler);
        assertReads(otherStaff, incident, onlyThis, false);

        Actor eksjoInfosec = fixture.person("eksjo", Role.INFOSEC);
        assertThatThrownBy(() -> actingAs.as(
                        eksjoInfosec,
                        () -> incidents.share(incident.id(), incident.version(), Visibility.PUBLIC, Set.of())))
                .isInstanceOf(DomainValidationException.class);
        Incident shared = actingAs.as(
                eksjoInfosec,
                () -> incidents.share(
                        incident.id(), incident.version(), Visibility.SHARED, Set.of(otherStaff.organisationId())));
        assertThat(shared.visibility()).isEqualTo(Visibility.SHARED);
        assertReads(ownStaff, incident, onlyThis, true);
        assertReads(otherStaff, incident, onlyThis, true);
        assertReads(fixture.person("vetlanda", role), incident, onlyThis, false);
        actingAs.anonymous();
        assertThatThrownBy(() -> incidents.detail(incident.id())).isInstanceOf(PermissionDeniedException.class);
    }

    private void assertReads(Actor actor, Incident incident, IncidentFilter onlyThis, boolean mayRead) {
        List<Incident> listed = actingAs.as(
                actor, () -> incidents.list(onlyThis, PageRequest.of(0, 5)).getContent());
        assertThat(listed)
                .as("list for %s %s", actor.organisationCode(), actor.roles())
                .hasSize(mayRead ? 1 : 0);
        if (mayRead) {
            assertThat(actingAs.as(actor, () -> incidents.detail(incident.id()))
                            .incident()
                            .id())
                    .isEqualTo(incident.id());
        } else {
            assertThatThrownBy(() -> actingAs.as(actor, () -> incidents.detail(incident.id())))
                    .as("page for %s %s", actor.organisationCode(), actor.roles())
                    .isInstanceOf(DomainValidationException.class);
            assertThatThrownBy(() -> actingAs.as(
                            actor, () -> auditService.historyOf("incident", incident.id(), PageRequest.of(0, 5))))
                    .isInstanceOf(PermissionDeniedException.class);
        }
    }

    private List<String> links(Actor person, NotificationKind kind) {
        return actingAs
                .as(person, () -> notifications.mine(PageRequest.of(0, 100)).getContent())
                .stream()
                .filter(n -> n.kind() == kind)
                .map(Notification::link)
                .toList();
    }

    private static IncidentReport report(String title, LocalDate on) {
        return new IncidentReport(
                title,
                "En medarbetare klistrade in ett personnummer i en publik AI-chatt.",
                IncidentKind.DATA_LEAK,
                IncidentSeverity.HIGH,
                on,
                true,
                null,
                null);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
