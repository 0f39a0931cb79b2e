package se.hoglandet.platform.lesson;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.Initiative;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.visibility.Visibility;

/** Demo mode only: lessons learned on the demo initiatives and one standalone, after the initiatives exist. */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoLessons implements ApplicationRunner {

    private final LessonRepository lessons;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoLessons(LessonRepository lessons, EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.lessons = lessons;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(l) from Lesson l where l.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        add(
                "Införande av Microsoft Copilot",
                "Utbildning före licenser",
                LessonCategory.CHANGE_MANAGEMENT,
                "Vi delade ut licenser först och erbjöd utbildning efteråt.",
                "Korta lunchpass med exempel från den egna verksamheten.",
                "Licenser utan utbildning användes knappt; många var osäkra på vad som fick matas in.",
                "Ge grundutbildning i AI och dataklasser innan licensen aktiveras.",
                Set.of("copilot", "utbildning"),
                14);
        add(
                "AI-chattbot för invånarfrågor",
                "Verksamheten måste äga kunskapsbasen",
                LessonCategory.DATA,
                "Kunskapsbasen byggdes av IT utifrån webbplatsen.",
                "När kontaktcenter tog över ansvaret blev svaren bättre vecka för vecka.",
                "Inaktuella webbsidor gav felaktiga svar de första månaderna.",
                "Utse en redaktör per verksamhet som ansvarar för sina svar innan start.",
                Set.of("chattbot", "kunskapsbas"),
                9);
        add(
                "Sammanfattning av mötesprotokoll",
                "Granska personuppgifter även i offentliga protokoll",
                LessonCategory.LEGAL,
                "Vi sammanfattade justerade protokoll med en språkmodell i egen driftmiljö.",
                "Lättlästa sammanfattningar lästes betydligt mer än protokollen.",
                "Namn på enskilda i ärenden följde ibland med in i sammanfattningen.",
                "Lägg in ett granskningssteg för personuppgifter före publicering.",
                Set.of("gdpr", "protokoll"),
                6);
        add(
                "Fallsensorer i äldreomsorgen",
                "Involvera nattpersonalen tidigt",
                LessonCategory.ORGANISATIONAL,
                "Sensorerna installerades på två boenden med kort förberedelse.",
                "Personalen blev trygga när de fick prova larmkedjan i förväg.",
                "Falsklarm första veckan minskade förtroendet.",
                "Planera en testvecka med nattpersonalen innan skarp drift.",
                Set.of("välfärdsteknik"),
                3);
        Lesson transcription = add(
                "Transkribering av nämndsmöten",
                "Transkribering av nämndsmöten: ljudet avgör kvaliteten",
                LessonCategory.TECHNICAL,
                "Vi transkriberade inspelningar från två nämnders sammanträden med taligenkänning i egen drift och lät nämndsekreteraren rätta utskriften.",
                "Med en bordsmikrofon per ledamot blev utskriften så bra att sekreteraren sparade ungefär en timme per sammanträde.",
                "När ledamöter talade samtidigt eller långt från mikrofonen blev texten svår att använda, och ortnamn och personnamn blev ofta fel.",
                "Börja med ljudmiljön: en mikrofon per talare, en ordlista med namn och ortnamn, och radera inspelningen när protokollet är justerat.",
                Set.of("transkribering", "nämndadministration"),
                2);
        // Shared by name with Vetlanda, which pilots the same transcription.
        transcription.changeVisibility(Visibility.SHARED);
        transcription.replaceNamedOrganisations(List.of(organisation("vetlanda")));
        add(
                null,
                "Samordna avtalslängder före gemensam upphandling",
                LessonCategory.PROCUREMENT,
                "Tre kommuner ville upphandla samma AI-tjänst men hade avtal som löpte ut olika år.",
                "En gemensam behovsanalys visade att behoven var nästan identiska.",
                "Olika avtalslängder gjorde att upphandlingen fick skjutas upp ett år.",
                "Se över avtalslängderna tillsammans i förbundet innan nya avtal tecknas.",
                Set.of("ramavtal"),
                11);
    }

    private Lesson add(
            String initiativeTitlePrefix,
            String title,
            LessonCategory category,
            String tried,
            String worked,
            String didNotWork,
            String recommendation,
            Set<String> tags,
            int usefulCount) {
        Initiative initiative = initiativeTitlePrefix == null
                ? null
                : entityManager
                        .createQuery(
                                "select i from Initiative i where i.demo = true and i.title like :prefix",
                                Initiative.class)
                        .setParameter("prefix", initiativeTitlePrefix + "%")
                        .getResultList()
                        .stream()
                        .findFirst()
                        .orElse(null);
        Organisation owner = initiative != null
                ? initiative.ownerOrganisation()
                : entityManager
                        .createQuery(
                                "select o from Organisation o where o.code = 'hoglandsforbundet'", Organisation.class)
                        .getSingleResult();
        Visibility visibility = initiative != null && initiative.visibility() == Visibility.PUBLIC
                ? Visibility.PUBLIC
                : Visibility.FEDERATION;
        Instant created = clock.instant().minus(usefulCount * 7L, ChronoUnit.DAYS);
        Lesson lesson = new Lesson(
                owner,
                initiative == null ? null : initiative.id(),
                new LessonDraft(title, tried, worked, didNotWork, recommendation, category, tags, visibility, Set.of()),
                null,
                "Demodata",
                created,
                true);
        Lesson saved = lessons.saveAndFlush(lesson);
        // Demo usefulness: the counter only (there are no demo readers to mark it).
        entityManager
                .createQuery("update Lesson l set l.usefulCount = :count where l.id = :id")
                .setParameter("count", usefulCount)
                .setParameter("id", saved.id())
                .executeUpdate();
        events.publishEvent(new LessonChanged(saved.id()));
        return saved;
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
