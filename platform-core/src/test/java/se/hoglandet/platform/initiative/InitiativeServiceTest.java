package se.hoglandet.platform.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.Assessment;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.audit.AuditEntry;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.lesson.LessonCategory;
import se.hoglandet.platform.lesson.LessonDraft;
import se.hoglandet.platform.lesson.LessonService;
import se.hoglandet.platform.notification.NotificationService;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.Organisations;
import se.hoglandet.testsupport.UsesMariaDb;

@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class InitiativeServiceTest {

    @Autowired
    InitiativeService initiatives;

    @Autowired
    LessonService lessons;

    @Autowired
    AuditService audit;

    @Autowired
    NotificationService notifications;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    InitiativeFixture fixture;
    Organisations organisations;
    Actor eksjoLead;
    Actor vetlandaLead;

    AssessmentFixture assessmentFixture;

    @BeforeEach
    void setUp() {
        fixture = new InitiativeFixture(people);
        assessmentFixture = new AssessmentFixture(assessments, templates, people, actingAs);
        organisations = new Organisations(jdbc);
        eksjoLead = fixture.person("eksjo", Role.PROJECT_LEAD);
        vetlandaLead = fixture.person("vetlanda", Role.PROJECT_LEAD);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void aProjectLeadRegistersAnIdeaSharedAcrossTheFederationByDefault() {
        Initiative created = as(
                eksjoLead,
                () -> initiatives.create(
                        InitiativeFixture.details("Pilot " + run()),
                        InitiativeSharing.federationWide(Set.of(organisations.id("vetlanda"))),
                        CollaborationLevel.NETWORKING));

        InitiativeDetail detail = as(eksjoLead, () -> initiatives.detail(created.id()));
        assertThat(detail.initiative().status()).isEqualTo(InitiativeStatus.IDEA);
        assertThat(detail.initiative().visibility()).isEqualTo(Visibility.FEDERATION);
        assertThat(detail.initiative().ownerOrganisation().code()).isEqualTo("eksjo");
        assertThat(detail.participations())
                .extracting(p -> p.organisation().code())
                .containsExactly("vetlanda");
        assertThat(detail.participations().getFirst().status()).isEqualTo(ParticipationStatus.INTERESTED);
        assertThat(detail.levelHistory())
                .singleElement()
                .satisfies(change -> assertThat(change.to()).isEqualTo(CollaborationLevel.NETWORKING));
        assertThat(detail.editScope()).isEqualTo(EditScope.WHOLE);
        assertThat(history(created.id())).extracting(AuditEntry::action).containsExactly("CREATED");
    }

    @Test
    void invalidInputIsRefusedWithAReasonAndNothingIsSaved() {
        Integer before = jdbc.queryForObject("select count(*) from initiative", Integer.class);
        InitiativeDetails noTitle = InitiativeFixture.details(" ");
        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> initiatives.create(
                                noTitle, InitiativeSharing.federationWide(Set.of()), CollaborationLevel.NETWORKING)))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.title");
        InitiativeDetails d = InitiativeFixture.details("Datum " + run());
        InitiativeDetails backwards = new InitiativeDetails(
                d.title(),
                d.summary(),
                d.purpose(),
                d.contactName(),
                d.contactEmail(),
                d.area(),
                d.aiType(),
                d.tools(),
                d.supplier(),
                d.dataUsed(),
                d.dataClass(),
                d.legalBasis(),
                d.humanOversight(),
                d.transparency(),
                d.aiActRole(),
                d.riskGroup(),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1),
                d.budget(),
                d.links(),
                d.tags());
        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> initiatives.create(
                                backwards, InitiativeSharing.federationWide(Set.of()), CollaborationLevel.NETWORKING)))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.dates");
        assertThat(jdbc.queryForObject("select count(*) from initiative", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void onlyProjectLeadsRegister() {
        Actor member = fixture.person("eksjo");
        assertThatThrownBy(() -> as(
                        member,
                        () -> initiatives.create(
                                InitiativeFixture.details("X"),
                                InitiativeSharing.federationWide(Set.of()),
                                CollaborationLevel.NETWORKING)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void statusMovesOnlyAlongTheLifecycleAndProductionAndEndingHaveTheirConditions() {
        Initiative i = create(eksjoLead, Set.of());
        assertThatThrownBy(() -> changeStatus(i.id(), InitiativeStatus.PILOT, null))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.transition");
        changeStatus(i.id(), InitiativeStatus.PLANNED, null);
        changeStatus(i.id(), InitiativeStatus.PILOT, null);
        // The gate: no approved risk and consequence analysis covering it yet (see ProductionGateTest).
        assertThatThrownBy(() -> changeStatus(
                        i.id(),
                        InitiativeStatus.PRODUCTION,
                        new ProductionDecision("Kommunstyrelsen", LocalDate.of(2026, 10, 1), "RKA 2026-14")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.missing.riskConsequence");
        Assessment analysis = assessmentFixture.approvedRiskAnalysis("eksjo", "RKA Copilot", Set.of(i.id()));
        assertThatThrownBy(() ->
                        changeStatus(i.id(), InitiativeStatus.PRODUCTION, new ProductionDecision("KS", null, "RKA-1")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.productionDecision");
        Initiative inProduction = changeStatus(
                i.id(),
                InitiativeStatus.PRODUCTION,
                new ProductionDecision("Kommunstyrelsen", LocalDate.of(2026, 10, 1), "RKA 2026-14"));
        assertThat(inProduction.productionDecision().analysisReference())
                .startsWith("#" + analysis.id() + " RKA Copilot");

        assertThatThrownBy(() -> changeStatus(i.id(), InitiativeStatus.ENDED, null))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.endingNeedsLesson");
        as(eksjoLead, () -> lessons.write(i.id(), lesson("Det här lärde vi oss")));
        assertThat(changeStatus(i.id(), InitiativeStatus.ENDED, null).status()).isEqualTo(InitiativeStatus.ENDED);
        for (InitiativeStatus any : InitiativeStatus.values()) {
            assertThatThrownBy(() -> changeStatus(i.id(), any, null)).isInstanceOf(DomainValidationException.class);
        }
        assertThat(history(i.id()))
                .filteredOn(e -> e.action().equals("STATUS_CHANGED"))
                .hasSize(4);
    }

    @Test
    void theCollaborationLevelKeepsItsHistoryWithWhoAndWhy() {
        Initiative i = create(eksjoLead, Set.of());
        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> initiatives.changeLevel(i.id(), i.version(), CollaborationLevel.JOINT_DEVELOPMENT, " ")))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("initiative.error.levelReason");
        as(
                eksjoLead,
                () -> initiatives.changeLevel(
                        i.id(), i.version(), CollaborationLevel.JOINT_DEVELOPMENT, "Förbundet tar över förvaltningen"));

        List<LevelChange> history =
                as(eksjoLead, () -> initiatives.detail(i.id())).levelHistory();
        assertThat(history).hasSize(2);
        assertThat(history.getFirst().from()).isEqualTo(CollaborationLevel.NETWORKING);
        assertThat(history.getFirst().to()).isEqualTo(CollaborationLevel.JOINT_DEVELOPMENT);
        assertThat(history.getFirst().reason()).isEqualTo("Förbundet tar över förvaltningen");
        assertThat(history.getFirst().changedByName()).isEqualTo(eksjoLead.displayName());
    }

    @Test
    void aStaleEditIsRefusedAndTheOtherEditKept() {
        Initiative i = create(eksjoLead, Set.of());
        Actor colleague = fixture.person("eksjo", Role.PROJECT_LEAD);
        InitiativeSharing sharing = InitiativeSharing.federationWide(Set.of());
        as(
                colleague,
                () -> initiatives.update(i.id(), i.version(), InitiativeFixture.details("Först sparad"), sharing));

        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> initiatives.update(
                                i.id(), i.version(), InitiativeFixture.details("Sparad sedan"), sharing)))
                .isInstanceOf(StaleEditException.class);
        assertThat(as(eksjoLead, () -> initiatives.detail(i.id())).initiative().title())
                .isEqualTo("Först sparad");
    }

    @Test
    void participatingStaffEditTheirOwnPartOnly() {
        Initiative i = create(eksjoLead, Set.of(organisations.id("vetlanda"), organisations.id("nassjo")));
        InitiativeDetail asVetlanda = as(vetlandaLead, () -> initiatives.detail(i.id()));
        assertThat(asVetlanda.editScope()).isEqualTo(EditScope.OWN_PART);
        Participation vetlandas = asVetlanda.participations().stream()
                .filter(p -> p.organisation().code().equals("vetlanda"))
                .findFirst()
                .orElseThrow();
        Participation nassjos = asVetlanda.participations().stream()
                .filter(p -> p.organisation().code().equals("nassjo"))
                .findFirst()
                .orElseThrow();

        Participation changed = as(
                vetlandaLead,
                () -> initiatives.updateParticipation(
                        vetlandas.id(),
                        vetlandas.version(),
                        ParticipationRole.PILOT_SITE,
                        ParticipationStatus.PILOTING,
                        "Två enheter"));
        assertThat(changed.status()).isEqualTo(ParticipationStatus.PILOTING);
        assertThatThrownBy(() -> as(
                        vetlandaLead,
                        () -> initiatives.updateParticipation(
                                nassjos.id(),
                                nassjos.version(),
                                ParticipationRole.USER,
                                ParticipationStatus.IN_USE,
                                null)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as(
                        vetlandaLead,
                        () -> initiatives.update(
                                i.id(),
                                i.version(),
                                InitiativeFixture.details("Kapat"),
                                InitiativeSharing.federationWide(Set.of()))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> as(
                        vetlandaLead,
                        () -> initiatives.changeStatus(i.id(), i.version(), InitiativeStatus.PLANNED, null)))
                .isInstanceOf(PermissionDeniedException.class);
        Actor anebyLead = fixture.person("aneby", Role.PROJECT_LEAD);
        assertThatThrownBy(() -> as(
                        anebyLead,
                        () -> initiatives.updateParticipation(
                                vetlandas.id(),
                                changed.version(),
                                ParticipationRole.USER,
                                ParticipationStatus.IN_USE,
                                null)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void effectsHaveBaselineTargetAndMeasurementsFromOwnerAndParticipants() {
        Initiative i = create(eksjoLead, Set.of(organisations.id("vetlanda")));
        EffectIndicator indicator = as(
                eksjoLead,
                () -> initiatives.addEffect(
                        i.id(), "Handläggningstid", "dagar", new BigDecimal("30"), new BigDecimal("10")));
        as(
                eksjoLead,
                () -> initiatives.recordMeasurement(
                        indicator.id(), LocalDate.now(SwedishTime.ZONE).minusMonths(1), new BigDecimal("24"), null));
        as(
                vetlandaLead,
                () -> initiatives.recordMeasurement(
                        indicator.id(), LocalDate.now(SwedishTime.ZONE), new BigDecimal("18"), "Vetlanda"));
        assertThatThrownBy(() -> as(
                        eksjoLead,
                        () -> initiatives.recordMeasurement(
                                indicator.id(), LocalDate.now(SwedishTime.ZONE).plusDays(2), BigDecimal.ONE, null)))
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("effect.error.futureMeasurement");
        assertThatThrownBy(() -> as(
                        vetlandaLead, () -> initiatives.addEffect(i.id(), "X", "st", BigDecimal.ZERO, BigDecimal.ONE)))
                .isInstanceOf(PermissionDeniedException.class);
        Actor anebyLead = fixture.person("aneby", Role.PROJECT_LEAD);
        assertThatThrownBy(() -> as(
                        anebyLead,
                        () -> initiatives.recordMeasurement(
                                indicator.id(), LocalDate.now(SwedishTime.ZONE), BigDecimal.ONE, null)))
                .isInstanceOf(PermissionDeniedException.class);

        EffectIndicator loaded =
                as(eksjoLead, () -> initiatives.detail(i.id())).effects().getFirst();
        assertThat(loaded.measurements()).extracting(m -> m.value().intValue()).containsExactly(24, 18);
        assertThat(loaded.latest()).get().extracting(m -> m.note()).isEqualTo("Vetlanda");
    }

    @Test
    void followersHearAboutStatusChangesAndNewLessonsButNotAboutTheirOwnActions() {
        Initiative i = create(eksjoLead, Set.of(organisations.id("vetlanda")));
        Actor follower = fixture.person("aneby");
        as(follower, () -> {
            initiatives.follow(i.id());
            initiatives.follow(i.id());
        });
        as(eksjoLead, () -> initiatives.follow(i.id()));
        assertThat(as(follower, () -> initiatives.detail(i.id())).following()).isTrue();

        changeStatus(i.id(), InitiativeStatus.PLANNED, null);
        as(vetlandaLead, () -> lessons.write(i.id(), lesson("Lärdom om planering")));

        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() -> as(follower, () -> notifications.unreadCount()) == 2);
        assertThat(as(follower, () -> notifications.mine(PageRequest.of(0, 10)).getContent()))
                .extracting(n -> n.subject())
                .containsExactlyInAnyOrder("Planerat: " + i.title(), "Ny lärdom: Lärdom om planering");
        // The owner's lead follows too, but changed the status themselves: only the lesson reaches them.
        await().atMost(Duration.ofSeconds(20))
                .pollInSameThread()
                .until(() -> as(eksjoLead, () -> notifications.unreadCount()) == 1);

        as(follower, () -> initiatives.unfollow(i.id()));
        assertThat(as(follower, () -> initiatives.detail(i.id())).following()).isFalse();
    }

    @Test
    void theRegisterFiltersByOrganisationAreaStatusAndLevel() {
        String run = run();
        Initiative shared = as(
                eksjoLead,
                () -> initiatives.create(
                        InitiativeFixture.details("Filter " + run),
                        InitiativeSharing.federationWide(Set.of(organisations.id("vetlanda"))),
                        CollaborationLevel.JOINT_DEVELOPMENT));
        InitiativeFilter byVetlanda = new InitiativeFilter(
                organisations.id("vetlanda"),
                Area.ADMINISTRATION,
                InitiativeStatus.IDEA,
                CollaborationLevel.JOINT_DEVELOPMENT,
                RiskGroup.MINIMAL,
                DataClass.PUBLIC,
                AiType.GENERATIVE,
                "filter " + run);
        assertThat(as(vetlandaLead, () -> initiatives.register(byVetlanda, PageRequest.of(0, 10)))
                        .getContent())
                .extracting(Initiative::id)
                .containsExactly(shared.id());
        InitiativeFilter otherLevel = new InitiativeFilter(
                null, null, null, CollaborationLevel.NETWORKING, null, null, null, "filter " + run);
        assertThat(as(vetlandaLead, () -> initiatives.register(otherLevel, PageRequest.of(0, 10)))
                        .getContent())
                .isEmpty();
        InitiativeFilter aneby =
                new InitiativeFilter(organisations.id("aneby"), null, null, null, null, null, null, "filter " + run);
        assertThat(as(vetlandaLead, () -> initiatives.register(aneby, PageRequest.of(0, 10)))
                        .getContent())
                .isEmpty();
    }

    private List<AuditEntry> history(Long id) {
        return as(
                eksjoLead,
                () -> audit.historyOf("initiative", id, PageRequest.of(0, 50)).getContent());
    }

    private Initiative create(Actor lead, Set<Long> participants) {
        return as(
                lead,
                () -> initiatives.create(
                        InitiativeFixture.details("Initiativ " + run()),
                        InitiativeSharing.federationWide(participants),
                        CollaborationLevel.NETWORKING));
    }

    private Initiative changeStatus(Long id, InitiativeStatus target, ProductionDecision decision) {
        return as(eksjoLead, () -> {
            long version = initiatives.detail(id).initiative().version();
            return initiatives.changeStatus(id, version, target, decision);
        });
    }

    static LessonDraft lesson(String title) {
        return new LessonDraft(
                title,
                "Vi provade",
                "Det fungerade",
                "Det fungerade inte",
                "Gör så här",
                LessonCategory.ORGANISATIONAL,
                Set.of("test"),
                Visibility.FEDERATION,
                Set.of());
    }

    private <T> T as(Actor actor, Supplier<T> action) {
        return actingAs.as(actor, action);
    }

    private void as(Actor actor, Runnable action) {
        as(actor, () -> {
            action.run();
            return null;
        });
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static EnumSet<PublicField> all() {
        return EnumSet.allOf(PublicField.class);
    }
}
