package se.hoglandet.platform.procurement;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Demo contracts and a joint procurement (demo mode only). Eksjö's and Aneby's speech-to-text contracts both end
 * within the coming half-year (Aneby's after both its options), which the expiry view brings together; Eksjö's
 * price is confidential. The federation leads a joint procurement of an AI assistant in market dialogue.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(50)
class DemoProcurement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProcurement.class);

    private final ContractRepository contracts;
    private final ProcurementRepository procurements;
    private final ParticipantRepository participants;
    private final PhaseStepRepository phases;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoProcurement(
            ContractRepository contracts,
            ProcurementRepository procurements,
            ParticipantRepository participants,
            PhaseStepRepository phases,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.procurements = procurements;
        this.participants = participants;
        this.phases = phases;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(c) from Contract c where c.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        LocalDate month = LocalDate.now(clock.withZone(SwedishTime.ZONE)).withDayOfMonth(1);
        contract(
                "eksjo",
                new ContractDraft(
                        "Talteknik Norden AB",
                        "Tal-till-text för dokumentation i socialtjänsten",
                        ProcurementCategory.SPEECH_TO_TEXT,
                        month.minusYears(3),
                        month.plusMonths(4).minusDays(1),
                        List.of(12),
                        0,
                        3,
                        new BigDecimal("480000"),
                        true,
                        "Socialchef, Eksjö kommun",
                        null,
                        Visibility.FEDERATION));
        contract(
                "aneby",
                new ContractDraft(
                        "Röst & Text i Sverige AB",
                        "Diktering och taligenkänning för handläggare",
                        ProcurementCategory.SPEECH_TO_TEXT,
                        month.minusYears(4),
                        month.plusMonths(5).minusYears(2).minusDays(1),
                        List.of(12, 12),
                        2,
                        6,
                        new BigDecimal("150000"),
                        false,
                        "Kanslichef, Aneby kommun",
                        null,
                        Visibility.FEDERATION));
        contract(
                "vetlanda",
                new ContractDraft(
                        "Microsoft",
                        "Licenser för Microsoft 365 Copilot",
                        ProcurementCategory.AI_ASSISTANT,
                        month.minusYears(1),
                        month.plusYears(2).minusDays(1),
                        List.of(12),
                        0,
                        6,
                        new BigDecimal("900000"),
                        true,
                        "IT-chef, Vetlanda kommun",
                        null,
                        Visibility.FEDERATION));
        contract(
                "nassjo",
                new ContractDraft(
                        "Chattbolaget AB",
                        "Plattform för chattbot på webbplatsen",
                        ProcurementCategory.CHATBOT_PLATFORM,
                        month.minusYears(2),
                        month.plusMonths(10).minusDays(1),
                        List.of(12, 12),
                        0,
                        3,
                        new BigDecimal("220000"),
                        false,
                        "Kommunikationschef, Nässjö kommun",
                        null,
                        Visibility.FEDERATION));

        Procurement assistant = procurements.save(new Procurement(
                organisation("hoglandsforbundet"),
                new ProcurementDraft(
                        "Gemensam upphandling av AI-assistent för administrationen",
                        "Ramavtal för en AI-assistent med krav på dataskydd, ingen träning på kommunernas data och en ordnad exit.",
                        ProcurementCategory.AI_ASSISTANT,
                        ProcurementProcedure.OPEN,
                        FrameworkMethod.MINI_COMPETITION,
                        CollaborationLevel.COLLECTIVE_DIGITALISATION,
                        "Upphandlare, Höglandsförbundet (demo)",
                        null,
                        Visibility.FEDERATION,
                        Set.of(),
                        Set.of()),
                clock.instant(),
                true));
        for (ProcurementPhase phase : ProcurementPhase.values()) {
            PhaseStep step = new PhaseStep(assistant.id(), phase);
            step.plan(month.plusMonths(phase.ordinal() * 3L));
            if (phase.ordinal() <= ProcurementPhase.MARKET_DIALOGUE.ordinal()) {
                step.reached(month.minusMonths(2L - phase.ordinal()));
            }
            phases.save(step);
        }
        assistant.advance(clock.instant());
        for (String code : List.of("eksjo", "nassjo", "savsjo")) {
            participants.save(new Participant(assistant.id(), organisation(code), "Demo", clock.instant()));
        }
        assistant.replaceParticipatingOrganisations(
                List.of(organisation("eksjo"), organisation("nassjo"), organisation("savsjo")));
        events.publishEvent(new ProcurementChanged(assistant.id()));
        log.info("Demo mode: added demo contracts and a joint procurement");
    }

    private void contract(String owner, ContractDraft draft) {
        Contract contract = contracts.save(new Contract(organisation(owner), draft, clock.instant(), true));
        events.publishEvent(new ContractChanged(contract.id()));
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
