package se.hoglandet.platform.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.assessment.AssessmentFixture;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.assessment.AssessmentTemplateService;
import se.hoglandet.platform.audit.AuditService;
import se.hoglandet.platform.initiative.CollaborationLevel;
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
 * Joint procurements on MariaDB: each participant's own status and who may change it, the phase rules (mandates
 * before publication, nobody joins or comes back after it, call-offs once the contract is active), requirements and
 * AI clauses, support and comments, stale edits, and reading rules for a private procurement.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ProcurementTest {

    @Autowired
    ProcurementService procurements;

    @Autowired
    se.hoglandet.platform.initiative.InitiativeService initiatives;

    @Autowired
    AuditService audit;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentTemplateService templates;

    @Autowired
    PersonService people;

    @Autowired
    ActingAs actingAs;

    AssessmentFixture persons;

    @BeforeEach
    void setUp() {
        persons = new AssessmentFixture(assessments, templates, people, actingAs);
    }

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void participantsKeepTheirOwnStatusAndThePhasesFollowTheRules() {
        Actor vetlanda = persons.person("vetlanda", Role.PROCUREMENT);
        Actor eksjo = persons.person("eksjo", Role.PROCUREMENT);
        Actor aneby = persons.person("aneby", Role.PROCUREMENT);
        Actor nassjo = persons.person("nassjo", Role.PROCUREMENT);
        LocalDate start = LocalDate.of(2027, 3, 1);
        Procurement p = actingAs.as(
                vetlanda,
                () -> procurements.create(
                        draft(Visibility.FEDERATION, Set.of(eksjo.organisationId(), aneby.organisationId())),
                        Map.of(
                                ProcurementPhase.CONTRACT_ACTIVE,
                                start,
                                ProcurementPhase.TENDER_PUBLISHED,
                                start.minusMonths(6))));
        ProcurementDetail detail = actingAs.as(aneby, () -> procurements.detail(p.id()));
        assertThat(detail.participants())
                .extracting(x -> x.organisation().code())
                .containsExactly("aneby", "eksjo");
        assertThat(detail.participants()).allMatch(x -> x.status() == ParticipantStatus.INTERESTED);
        assertThat(detail.phases())
                .filteredOn(s -> s.phase() == ProcurementPhase.NEEDS_ANALYSIS)
                .singleElement()
                .satisfies(s -> assertThat(s.actualOn()).isEqualTo(LocalDate.now(SwedishTime.ZONE)));
        assertThat(detail.phases())
                .filteredOn(s -> s.phase() == ProcurementPhase.CONTRACT_ACTIVE)
                .singleElement()
                .satisfies(s -> assertThat(s.plannedOn()).isEqualTo(start));
        // The timeline reads in the order the procurement runs (the names sort differently: AWARDED first).
        assertThat(detail.phases()).extracting(PhaseStep::phase).containsExactly(ProcurementPhase.values());
        Participant anebyPart = detail.mine();

        // Each organisation keeps its own part; a member without the procurement role cannot.
        assertThatThrownBy(() -> actingAs.as(
                        persons.person("aneby"),
                        () -> procurements.changeStatus(
                                anebyPart.id(), anebyPart.version(), ParticipantStatus.COMMITTED)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(
                        eksjo,
                        () -> procurements.changeStatus(
                                anebyPart.id(), anebyPart.version(), ParticipantStatus.COMMITTED)))
                .isInstanceOf(PermissionDeniedException.class);
        // A value past DECIMAL(15,2) is refused with a message, not a database error (issue 15), and the status
        // asked for in the same change stays as it was: nothing is half-saved.
        assertThatThrownBy(() -> actingAs.as(
                        aneby,
                        () -> procurements.updatePart(
                                anebyPart.id(),
                                anebyPart.version(),
                                new ParticipantPart(
                                        ParticipantStatus.COMMITTED,
                                        "40 licenser",
                                        new BigDecimal("99999999999999999"),
                                        "Upphandlare Aneby"))))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("number.error.amount");
        assertThat(actingAs.as(aneby, () -> procurements.detail(p.id())).mine().status())
                .isEqualTo(ParticipantStatus.INTERESTED);
        Participant committed = actingAs.as(
                aneby,
                () -> procurements.changeStatus(anebyPart.id(), anebyPart.version(), ParticipantStatus.COMMITTED));
        Participant described = actingAs.as(
                aneby,
                () -> procurements.updatePart(
                        committed.id(),
                        committed.version(),
                        new ParticipantPart(
                                ParticipantStatus.COMMITTED,
                                "40 licenser",
                                new BigDecimal("120000"),
                                "Upphandlare Aneby")));
        assertThat(described.status()).isEqualTo(ParticipantStatus.COMMITTED);
        assertThat(described.estimatedValue()).isEqualByComparingTo("120000");
        assertThatThrownBy(() -> actingAs.as(
                        aneby,
                        () -> procurements.changeStatus(
                                anebyPart.id(), committed.version(), ParticipantStatus.CALL_OFF_REGISTERED)))
                .isInstanceOf(StaleEditException.class);

        // Publishing the tender needs every participant's mandate: Eksjö has not given it; then declines.
        // A participant's change makes the procurement "updated": the lead's page re-reads it before moving on.
        assertThatThrownBy(() -> actingAs.as(vetlanda, () -> procurements.advance(p.id(), p.version())))
                .isInstanceOf(StaleEditException.class);
        long current0 = actingAs.as(vetlanda, () -> procurements.detail(p.id()))
                .procurement()
                .version();
        Procurement dialogue = actingAs.as(vetlanda, () -> procurements.advance(p.id(), current0));
        assertThat(dialogue.phase()).isEqualTo(ProcurementPhase.MARKET_DIALOGUE);
        assertThatThrownBy(() -> actingAs.as(vetlanda, () -> procurements.advance(p.id(), dialogue.version())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("procurement.error.mandates");
        assertThatThrownBy(() -> actingAs.as(eksjo, () -> procurements.advance(p.id(), dialogue.version())))
                .isInstanceOf(PermissionDeniedException.class);
        Participant eksjoPart =
                actingAs.as(eksjo, () -> procurements.detail(p.id())).mine();
        Participant declined = actingAs.as(
                eksjo,
                () -> procurements.changeStatus(eksjoPart.id(), eksjoPart.version(), ParticipantStatus.DECLINED));
        long current1 = actingAs.as(vetlanda, () -> procurements.detail(p.id()))
                .procurement()
                .version();
        Procurement published = actingAs.as(vetlanda, () -> procurements.advance(p.id(), current1));
        assertThat(published.phase()).isEqualTo(ProcurementPhase.TENDER_PUBLISHED);

        // After publication nobody joins or comes back; a call-off waits for the active contract.
        assertThatThrownBy(() -> actingAs.as(nassjo, () -> procurements.join(p.id())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("participant.error.closed");
        assertThatThrownBy(() -> actingAs.as(
                        eksjo,
                        () -> procurements.changeStatus(
                                declined.id(), declined.version(), ParticipantStatus.INTERESTED)))
                .isInstanceOf(DomainValidationException.class);
        Participant anebyNow =
                actingAs.as(aneby, () -> procurements.detail(p.id())).mine();
        assertThatThrownBy(() -> actingAs.as(
                        aneby,
                        () -> procurements.changeStatus(
                                anebyNow.id(), anebyNow.version(), ParticipantStatus.CALL_OFF_REGISTERED)))
                .isInstanceOf(DomainValidationException.class);
        Procurement current = published;
        for (int i = 0; i < 3; i++) {
            long version = current.version();
            current = actingAs.as(vetlanda, () -> procurements.advance(p.id(), version));
        }
        assertThat(current.phase()).isEqualTo(ProcurementPhase.CONTRACT_ACTIVE);
        assertThat(actingAs.as(
                                aneby,
                                () -> procurements.changeStatus(
                                        anebyNow.id(), anebyNow.version(), ParticipantStatus.CALL_OFF_REGISTERED))
                        .status())
                .isEqualTo(ParticipantStatus.CALL_OFF_REGISTERED);
        assertThat(actingAs.as(aneby, () -> procurements.detail(p.id())).phases())
                .filteredOn(s -> s.phase() == ProcurementPhase.CONTRACT_ACTIVE)
                .singleElement()
                .satisfies(s -> assertThat(s.actualOn()).isEqualTo(LocalDate.now(SwedishTime.ZONE)));
        assertThat(actingAs.as(
                                persons.person("savsjo"),
                                () -> audit.historyOf("procurement", p.id(), PageRequest.of(0, 50)))
                        .getContent())
                .extracting(e -> e.action())
                .contains("CREATED", "PHASE", "PARTICIPANT_STATUS");
    }

    @Test
    void theLeadPlansTheTimelineAgainstTheVersionItRead() {
        Actor lead = persons.person("vetlanda", Role.PROCUREMENT);
        Actor eksjo = persons.person("eksjo", Role.PROCUREMENT);
        Procurement p = actingAs.as(
                lead,
                () -> procurements.create(draft(Visibility.FEDERATION, Set.of(eksjo.organisationId())), Map.of()));
        LocalDate dialogue = LocalDate.of(2031, 5, 4);
        Procurement planned = actingAs.as(
                lead, () -> procurements.plan(p.id(), p.version(), Map.of(ProcurementPhase.MARKET_DIALOGUE, dialogue)));
        assertThat(actingAs.as(lead, () -> procurements.detail(p.id())).phases())
                .filteredOn(s -> s.phase() == ProcurementPhase.MARKET_DIALOGUE)
                .singleElement()
                .satisfies(s -> assertThat(s.plannedOn()).isEqualTo(dialogue));
        assertThat(planned.version()).isGreaterThan(p.version());
        assertThatThrownBy(() -> actingAs.as(
                        lead,
                        () -> procurements.plan(
                                p.id(), p.version(), Map.of(ProcurementPhase.MARKET_DIALOGUE, dialogue.plusDays(1)))))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> actingAs.as(
                        eksjo,
                        () -> procurements.plan(
                                p.id(), planned.version(), Map.of(ProcurementPhase.MARKET_DIALOGUE, dialogue))))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void requirementsClausesSupportAndComments() {
        Actor lead = persons.person("hoglandsforbundet", Role.PROCUREMENT);
        Actor savsjo = persons.person("savsjo", Role.PROCUREMENT);
        Actor nassjo = persons.person("nassjo", Role.PROCUREMENT);
        Procurement p = actingAs.as(
                lead,
                () -> procurements.create(draft(Visibility.FEDERATION, Set.of(savsjo.organisationId())), Map.of()));
        Requirement own = actingAs.as(
                savsjo, () -> procurements.addRequirement(p.id(), "Tjänsten ska kunna användas med skärmläsare."));
        assertThat(own.supportedBy()).containsExactly(savsjo.organisationId());
        Requirement clause = actingAs.as(lead, () -> procurements.addClause(p.id(), "NO_TRAINING"));
        assertThat(clause.text()).startsWith("Ingen träning på organisationens data:");
        assertThatThrownBy(() -> actingAs.as(savsjo, () -> procurements.addClause(p.id(), "NO_TRAINING")))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(savsjo, () -> procurements.addClause(p.id(), "NO_SUCH")))
                .isInstanceOf(DomainValidationException.class);
        assertThatThrownBy(() -> actingAs.as(nassjo, () -> procurements.addRequirement(p.id(), "Krav")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> actingAs.as(nassjo, () -> procurements.support(own.id(), true)))
                .isInstanceOf(PermissionDeniedException.class);
        actingAs.as(lead, () -> procurements.support(own.id(), true));
        actingAs.as(persons.person("aneby"), () -> procurements.comment(own.id(), "Gäller det även mobilen?"));
        assertThatThrownBy(() -> actingAs.as(persons.person("aneby"), () -> procurements.comment(own.id(), " ")))
                .isInstanceOf(DomainValidationException.class);

        // Nässjö joins while the procurement is open, and may then write requirements.
        actingAs.as(nassjo, () -> procurements.join(p.id()));
        assertThatThrownBy(() -> actingAs.as(nassjo, () -> procurements.join(p.id())))
                .isInstanceOf(DomainValidationException.class);
        actingAs.as(nassjo, () -> procurements.support(clause.id(), true));
        ProcurementDetail detail = actingAs.as(savsjo, () -> procurements.detail(p.id()));
        assertThat(detail.requirements()).extracting(Requirement::id).containsExactly(own.id(), clause.id());
        assertThat(detail.requirements().getFirst().supportedBy())
                .containsExactlyInAnyOrder(savsjo.organisationId(), lead.organisationId());
        assertThat(detail.comments().get(own.id()))
                .singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("Gäller det även mobilen?"));
        assertThat(actingAs.as(savsjo, () -> procurements.clauseLibrary()))
                .extracting(ClauseLibrary.Clause::key)
                .contains(
                        "DATA_ACCESS",
                        "NO_TRAINING",
                        "KNOWLEDGE_TRANSFER",
                        "EXIT_PORTABILITY",
                        "EU_PROCESSING",
                        "LOGGING_OVERSIGHT",
                        "AI_ACT_PROVIDER");
    }

    @Test
    void aPrivateProcurementIsReadByTheLeadAndTheParticipantsOnly() {
        Actor lead = persons.person("eksjo", Role.PROCUREMENT);
        Actor participant = persons.person("aneby");
        Procurement p = actingAs.as(
                lead,
                () -> procurements.create(draft(Visibility.PRIVATE, Set.of(participant.organisationId())), Map.of()));
        assertThat(actingAs.as(participant, () -> procurements.detail(p.id()))
                        .procurement()
                        .id())
                .isEqualTo(p.id());
        assertThat(actingAs.as(participant, () -> procurements.list(ProcurementFilter.none(), PageRequest.of(0, 100)))
                        .getContent())
                .extracting(Procurement::id)
                .contains(p.id());
        Actor outsider = persons.person("vetlanda", Role.PROCUREMENT);
        assertThatThrownBy(() -> actingAs.as(outsider, () -> procurements.detail(p.id())))
                .isInstanceOf(DomainValidationException.class);
        assertThat(actingAs.as(outsider, () -> procurements.list(ProcurementFilter.none(), PageRequest.of(0, 100)))
                        .getContent())
                .extracting(Procurement::id)
                .doesNotContain(p.id());
        assertThatThrownBy(() -> actingAs.as(outsider, () -> procurements.join(p.id())))
                .isInstanceOf(DomainValidationException.class);
    }

    /** Links go only to what the author may read; each reader sees the titles they may read. */
    @Test
    void linksToInitiativesToolsAndAssessmentsRespectWhoMayReadThem() {
        Actor lead = persons.person("vetlanda", Role.PROCUREMENT);
        Actor nassjoLead = persons.person("nassjo", Role.PROJECT_LEAD);
        se.hoglandet.platform.initiative.Initiative hidden = actingAs.as(
                nassjoLead,
                () -> initiatives.create(
                        se.hoglandet.platform.initiative.InitiativeDetails.of(
                                "Intern prognos", "Sammanfattning", se.hoglandet.platform.initiative.Area.EDUCATION),
                        new se.hoglandet.platform.initiative.InitiativeSharing(
                                Visibility.PRIVATE, Set.of(), Set.of(), Set.of()),
                        CollaborationLevel.NETWORKING));
        se.hoglandet.platform.initiative.Initiative shared = actingAs.as(
                nassjoLead,
                () -> initiatives.create(
                        se.hoglandet.platform.initiative.InitiativeDetails.of(
                                "Delad tolkpilot",
                                "Sammanfattning",
                                se.hoglandet.platform.initiative.Area.SOCIAL_SERVICES),
                        new se.hoglandet.platform.initiative.InitiativeSharing(
                                Visibility.SHARED, Set.of(), Set.of(lead.organisationId()), Set.of()),
                        CollaborationLevel.NETWORKING));
        assertThatThrownBy(() -> actingAs.as(
                        lead,
                        () -> procurements.create(
                                draftWithLinks(Set.of(new ProcurementLink(LinkKind.INITIATIVE, hidden.id()))),
                                Map.of())))
                .isInstanceOf(DomainValidationException.class)
                .extracting(e -> ((DomainValidationException) e).messageKey())
                .isEqualTo("procurement.error.link");
        Procurement p = actingAs.as(
                lead,
                () -> procurements.create(
                        draftWithLinks(Set.of(new ProcurementLink(LinkKind.INITIATIVE, shared.id()))), Map.of()));
        assertThat(actingAs.as(lead, () -> procurements.detail(p.id())).linkTitles())
                .containsEntry(new ProcurementLink(LinkKind.INITIATIVE, shared.id()), "Delad tolkpilot");
        assertThat(actingAs.as(persons.person("aneby"), () -> procurements.detail(p.id()))
                        .linkTitles())
                .isEmpty();
    }

    private static ProcurementDraft draftWithLinks(Set<ProcurementLink> links) {
        return new ProcurementDraft(
                "Gemensam upphandling av tolktjänst",
                null,
                ProcurementCategory.TRANSLATION,
                ProcurementProcedure.OPEN,
                null,
                CollaborationLevel.JOINT_DEVELOPMENT,
                null,
                null,
                Visibility.FEDERATION,
                Set.of(),
                links);
    }

    private static ProcurementDraft draft(Visibility visibility, Set<Long> participants) {
        return new ProcurementDraft(
                "Gemensam upphandling av tal-till-text",
                "Beskrivning",
                ProcurementCategory.SPEECH_TO_TEXT,
                ProcurementProcedure.OPEN,
                FrameworkMethod.RANKED,
                CollaborationLevel.JOINT_DEVELOPMENT,
                "Kontakt",
                "upphandling@example.invalid",
                visibility,
                participants,
                Set.of());
    }
}
