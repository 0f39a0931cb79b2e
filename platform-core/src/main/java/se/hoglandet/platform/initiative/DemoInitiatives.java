package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Demo mode only: a handful of realistic (invented, flagged as demo) initiatives across the municipalities, with
 * participations, effects and level history, so that the register, the public pages and search have content.
 * Runs once: nothing is added when demo initiatives exist.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoInitiatives implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInitiatives.class);

    private final InitiativeRepository initiatives;
    private final ParticipationRepository participations;
    private final LevelChangeRepository levelChanges;
    private final EffectIndicatorRepository effects;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoInitiatives(
            InitiativeRepository initiatives,
            ParticipationRepository participations,
            LevelChangeRepository levelChanges,
            EffectIndicatorRepository effects,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.initiatives = initiatives;
        this.participations = participations;
        this.levelChanges = levelChanges;
        this.effects = effects;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(i) from Initiative i where i.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));

        Initiative copilot = add(
                "eksjo",
                Visibility.PUBLIC,
                CollaborationLevel.NETWORKING,
                new InitiativeDetails(
                        "Införande av Microsoft Copilot med utbildning",
                        "Medarbetare i administrationen får Copilot tillsammans med utbildning i säker och effektiv användning.",
                        "Minska tiden för skrivarbete och mötesanteckningar, och ge alla medarbetare grundläggande AI-kunskap.",
                        "Projektledare, digitaliseringsenheten (demo)",
                        null,
                        Area.ADMINISTRATION,
                        AiType.GENERATIVE,
                        "Microsoft 365 Copilot",
                        "Microsoft",
                        "Dokument och e-post i verksamhetens egen Microsoft 365-miljö.",
                        DataClass.PERSONAL,
                        "Allmänt intresse (GDPR art. 6.1 e) för den ordinarie verksamheten.",
                        "Medarbetaren granskar allt som Copilot föreslår innan det används; AI-svar är utkast.",
                        "Texter som tagits fram med AI-stöd märks när de skickas till invånare.",
                        AiActRole.DEPLOYER,
                        RiskGroup.MINIMAL,
                        today.minusMonths(8),
                        null,
                        "Licenser för 150 användare och 200 utbildningstimmar",
                        "https://www.digg.se/ai",
                        Set.of("copilot", "utbildning", "ai-kompetens")),
                InitiativeStatus.PILOT,
                "nassjo",
                "vetlanda",
                "aneby");
        indicator(copilot, "Tid för mötesanteckningar", "minuter per möte", 30, 10, today, 22, 17, 15);
        indicator(copilot, "Andel medarbetare som genomgått grundutbildning", "%", 0, 90, today, 35, 60, 72);
        copilot.changeLevel(CollaborationLevel.SHARED_COMPETENCE);
        levelChange(
                copilot,
                CollaborationLevel.NETWORKING,
                CollaborationLevel.SHARED_COMPETENCE,
                "Kommunerna delar nu en gemensam utbildare genom förbundet.",
                today.minusMonths(3));

        Initiative chatbot = add(
                "vetlanda",
                Visibility.PUBLIC,
                CollaborationLevel.JOINT_DEVELOPMENT,
                new InitiativeDetails(
                        "AI-chattbot för invånarfrågor",
                        "En chattbot på webbplatsen svarar på vanliga frågor om avfall, skola och bygglov dygnet runt.",
                        "Avlasta kontaktcenter och ge invånare snabbare svar utanför kontorstid.",
                        "Projektledare, kontaktcenter (demo)",
                        null,
                        Area.CITIZEN_SERVICE,
                        AiType.GENERATIVE,
                        "Språkmodell med kommunens egen kunskapsbas",
                        "Upphandlad leverantör (ramavtal)",
                        "Kommunens publicerade webbinnehåll; inga personuppgifter lagras i kunskapsbasen.",
                        DataClass.PUBLIC,
                        "Ingen behandling av personuppgifter i kunskapsbasen; chattloggar gallras efter 30 dagar.",
                        "Kontaktcenter granskar ett urval av samtal varje vecka och rättar kunskapsbasen.",
                        "Det står tydligt i chatten att invånaren talar med en AI och hur man når en handläggare.",
                        AiActRole.DEPLOYER,
                        RiskGroup.LIMITED,
                        today.minusMonths(14),
                        null,
                        "0,5 årsarbetare förvaltning",
                        null,
                        Set.of("chattbot", "kontaktcenter", "invånarservice")),
                InitiativeStatus.PRODUCTION,
                "savsjo",
                "nassjo");
        indicator(chatbot, "Andel frågor besvarade utan handläggare", "%", 0, 40, today, 18, 27, 31, 36);

        Initiative fallSensors = add(
                "nassjo",
                Visibility.FEDERATION,
                CollaborationLevel.NETWORKING,
                new InitiativeDetails(
                        "Fallsensorer i äldreomsorgen",
                        "Sensorer i särskilt boende larmar personalen när en boende faller, utan kamera.",
                        "Snabbare hjälp efter fall och tryggare nätter för boende och personal.",
                        "Projektledare, vård och omsorg (demo)",
                        null,
                        Area.ELDERLY_CARE,
                        AiType.PREDICTIVE,
                        "Radarsensorer med maskininlärning",
                        "Leverantör av välfärdsteknik",
                        "Rörelsemönster i rummet; inga bilder. Larm kopplas till den boendes journal.",
                        DataClass.SPECIAL_CATEGORIES,
                        "Hälso- och sjukvårdslagstiftningen; samtycke från den boende.",
                        "Personal bedömer varje larm på plats; sensorn fattar inga beslut.",
                        "Boende och anhöriga informeras skriftligt före installation.",
                        AiActRole.DEPLOYER,
                        RiskGroup.LIMITED,
                        today.minusMonths(5),
                        today.plusMonths(7),
                        "Pilot på två boenden",
                        null,
                        Set.of("välfärdsteknik", "trygghet")),
                InitiativeStatus.PILOT,
                "eksjo");
        indicator(fallSensors, "Tid från fall till hjälp", "minuter", 25, 5, today, 14, 9);

        add(
                "eksjo",
                Visibility.FEDERATION,
                CollaborationLevel.JOINT_DEVELOPMENT,
                new InitiativeDetails(
                        "AI-stöd i bygglovshandläggningen",
                        "Ett AI-stöd kontrollerar att bygglovsansökningar är kompletta och föreslår kompletteringsbrev.",
                        "Kortare handläggningstider och färre ofullständiga ansökningar.",
                        "Projektledare, samhällsbyggnad (demo)",
                        null,
                        Area.BUILDING_PERMITS,
                        AiType.GENERATIVE,
                        "Dokumenttolkning och textgenerering",
                        null,
                        "Ansökningshandlingar och ritningar.",
                        DataClass.PERSONAL,
                        "Myndighetsutövning enligt plan- och bygglagen.",
                        "Handläggaren fattar alla beslut; AI-stödets förslag är utkast.",
                        "Sökande informeras om att AI-stöd används i kontrollen av kompletthet.",
                        AiActRole.DEPLOYER,
                        RiskGroup.LIMITED,
                        today.plusMonths(2),
                        null,
                        "Förstudie 200 timmar",
                        null,
                        Set.of("bygglov", "handläggning")),
                InitiativeStatus.PLANNED,
                "aneby");

        Initiative minutes = add(
                "hoglandsforbundet",
                Visibility.PUBLIC,
                CollaborationLevel.COLLECTIVE_DIGITALISATION,
                new InitiativeDetails(
                        "Sammanfattning av mötesprotokoll",
                        "Protokoll från nämnder sammanfattades med AI till lättläst svenska för webben.",
                        "Göra politiska beslut lättare att förstå för invånarna.",
                        "Projektledare, Höglandsförbundet (demo)",
                        null,
                        Area.COMMUNICATION,
                        AiType.GENERATIVE,
                        "Språkmodell i förbundets egen driftmiljö",
                        null,
                        "Justerade, offentliga protokoll.",
                        DataClass.PUBLIC,
                        "Allmänna handlingar som redan är offentliga.",
                        "En kommunikatör granskade och godkände varje sammanfattning före publicering.",
                        "Sammanfattningarna märktes som AI-genererade och länkade till originalprotokollet.",
                        AiActRole.DEPLOYER,
                        RiskGroup.MINIMAL,
                        today.minusMonths(18),
                        today.minusMonths(2),
                        null,
                        null,
                        Set.of("protokoll", "klarspråk")),
                InitiativeStatus.ENDED,
                "aneby",
                "eksjo",
                "nassjo",
                "savsjo",
                "vetlanda");
        indicator(minutes, "Tid per sammanfattning", "minuter", 90, 20, today, 40, 25);

        Initiative schoolPlacement = add(
                "savsjo",
                Visibility.SHARED,
                CollaborationLevel.NETWORKING,
                new InitiativeDetails(
                        "Prognoser för skolplacering",
                        "En prognosmodell uppskattar elevantal per skola fem år framåt som underlag för lokalplanering.",
                        "Bättre underlag för beslut om skollokaler och skolskjuts.",
                        "Projektledare, barn och utbildning (demo)",
                        null,
                        Area.EDUCATION,
                        AiType.PREDICTIVE,
                        "Statistisk prognosmodell",
                        null,
                        "Befolkningsstatistik och elevregister (aggregerat).",
                        DataClass.PERSONAL,
                        "Allmänt intresse; endast aggregerade uppgifter används i modellen.",
                        "Planeringsenheten bedömer prognosen; inga beslut om enskilda elever.",
                        null,
                        AiActRole.DEPLOYER,
                        RiskGroup.MINIMAL,
                        null,
                        null,
                        null,
                        null,
                        Set.of("prognos", "skola")),
                InitiativeStatus.IDEA);
        // Shared by name with Vetlanda, which plans the same kind of model.
        schoolPlacement.replaceNamedOrganisations(List.of(organisation("vetlanda")));

        // Private to Eksjö and Vetlanda, which pilots it too: the assistant's demo of an answer only they get.
        add(
                "eksjo",
                Visibility.PRIVATE,
                CollaborationLevel.JOINT_DEVELOPMENT,
                new InitiativeDetails(
                        "Transkribering av nämndsmöten",
                        "Inspelningar från nämndernas sammanträden skrivs ut automatiskt, så att nämndsekreteraren börjar protokollet från ett utkast i stället för att lyssna igenom hela mötet.",
                        "Kortare tid från sammanträde till justerat protokoll och mindre tid åt att lyssna på inspelningar.",
                        "Projektledare, kansliet (demo)",
                        null,
                        Area.ADMINISTRATION,
                        AiType.PREDICTIVE,
                        "Whisper tal-till-text i förbundets egen driftmiljö",
                        null,
                        "Ljudinspelningar från sammanträdena; inspelningen raderas när protokollet är justerat.",
                        DataClass.PERSONAL,
                        "Allmänt intresse; inspelningen används bara som stöd när protokollet skrivs.",
                        "Nämndsekreteraren rättar utskriften och skriver protokollet; inget publiceras direkt från modellen.",
                        "Ledamöterna får veta vid varje sammanträdes början att mötet spelas in för transkribering.",
                        AiActRole.DEPLOYER,
                        RiskGroup.MINIMAL,
                        today.minusMonths(4),
                        null,
                        "Två nämnder under en termin",
                        null,
                        Set.of("transkribering", "taligenkänning", "nämndadministration")),
                InitiativeStatus.PILOT,
                "vetlanda");

        add(
                "eksjobostader",
                Visibility.PRIVATE,
                CollaborationLevel.NETWORKING,
                new InitiativeDetails(
                        "AI-sortering av felanmälningar",
                        "Felanmälningar från hyresgäster sorteras automatiskt till rätt hantverkare.",
                        "Snabbare åtgärd av fel i lägenheterna.",
                        "Projektledare, Eksjöbostäder (demo)",
                        null,
                        Area.INFRASTRUCTURE,
                        AiType.PREDICTIVE,
                        "Textklassificering",
                        null,
                        "Felanmälningar från hyresgäster.",
                        DataClass.PERSONAL,
                        null,
                        "Kundtjänst kontrollerar sorteringen.",
                        null,
                        AiActRole.DEPLOYER,
                        RiskGroup.MINIMAL,
                        null,
                        null,
                        null,
                        null,
                        Set.of("felanmälan")),
                InitiativeStatus.IDEA);
        log.info("Demo mode: added demo initiatives");
    }

    private Initiative add(
            String owner,
            Visibility visibility,
            CollaborationLevel level,
            InitiativeDetails details,
            InitiativeStatus status,
            String... participants) {
        Instant now = clock.instant();
        Initiative initiative = new Initiative(organisation(owner), visibility, details, level, null, now, true);
        initiative.replaceParticipatingOrganisations(
                Arrays.stream(participants).map(this::organisation).toList());
        Set<PublicField> published = EnumSet.copyOf(PublicField.defaults());
        published.add(PublicField.EFFECTS);
        initiative.publish(published);
        for (InitiativeStatus step : pathTo(status)) {
            initiative.moveTo(
                    step,
                    step == InitiativeStatus.PRODUCTION
                            ? new ProductionDecision(
                                    "Kommunstyrelsens arbetsutskott (demo)",
                                    LocalDate.now(clock.withZone(SwedishTime.ZONE))
                                            .minusMonths(6),
                                    "Risk- och konsekvensanalys 2026-03 (demo)")
                            : null);
        }
        Initiative saved = initiatives.save(initiative);
        for (Organisation organisation : saved.participatingOrganisations()) {
            Participation participation = new Participation(saved.id(), organisation);
            participation.change(
                    ParticipationRole.PILOT_SITE,
                    status == InitiativeStatus.ENDED ? ParticipationStatus.LEFT : ParticipationStatus.PILOTING,
                    null);
            participations.save(participation);
        }
        levelChanges.save(
                new LevelChange(saved.id(), null, level, "—", null, "Demodata", now.minus(200, ChronoUnit.DAYS)));
        events.publishEvent(new InitiativeChanged(saved.id()));
        return saved;
    }

    private static List<InitiativeStatus> pathTo(InitiativeStatus status) {
        return switch (status) {
            case IDEA -> List.of();
            case PLANNED -> List.of(InitiativeStatus.PLANNED);
            case PILOT -> List.of(InitiativeStatus.PLANNED, InitiativeStatus.PILOT);
            case PRODUCTION -> List.of(InitiativeStatus.PLANNED, InitiativeStatus.PILOT, InitiativeStatus.PRODUCTION);
            case PAUSED -> List.of(InitiativeStatus.PLANNED, InitiativeStatus.PAUSED);
            // The lesson that ending needs is added by the demo lessons right after.
            case ENDED -> List.of(InitiativeStatus.PLANNED, InitiativeStatus.PILOT, InitiativeStatus.ENDED);
        };
    }

    private void indicator(
            Initiative initiative,
            String name,
            String unit,
            double baseline,
            double target,
            LocalDate today,
            double... measured) {
        EffectIndicator indicator = new EffectIndicator(
                initiative.id(), name, unit, BigDecimal.valueOf(baseline), BigDecimal.valueOf(target));
        for (int i = 0; i < measured.length; i++) {
            indicator.record(
                    today.minusMonths(2L * (measured.length - i)), BigDecimal.valueOf(measured[i]), null, today);
        }
        effects.save(indicator);
    }

    private void levelChange(
            Initiative initiative, CollaborationLevel from, CollaborationLevel to, String reason, LocalDate on) {
        levelChanges.save(new LevelChange(
                initiative.id(),
                from,
                to,
                reason,
                null,
                "Demodata",
                on.atStartOfDay(clock.getZone()).toInstant()));
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
