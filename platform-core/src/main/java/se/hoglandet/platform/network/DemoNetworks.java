package se.hoglandet.platform.network;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * Demo mode only: the competence networks the strategy report recommends (AI coordinators, information security
 * and data protection, procurement, architecture and UX, change leaders), with members from the directory's demo
 * staff across the five municipalities and the federation. The AI coordinators' network has met once, with a
 * decision and actions to follow up at its next meeting. Texts are demo content in the platform's own words.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40) // after the directory's demo staff
class DemoNetworks implements ApplicationRunner {

    /** The AI coordinators' network: the browser journey and the demo both start here. */
    static final String AI_COORDINATORS = "Nätverket för AI-samordnare";

    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoNetworks(EntityManager entityManager, ApplicationEventPublisher events, Clock clock) {
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(n) from Network n where n.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        Network ai = network(
                "hoglandsforbundet",
                AI_COORDINATORS,
                "AI-samordnarna i kommunerna och förbundet delar kunskap om vad som fungerar, bestämmer vad som ska göras"
                        + " gemensamt och följer upp att det blir gjort.",
                MembershipMode.OPEN,
                List.of("hoglandsforbundet:Daniel Rosén"),
                List.of(
                        "eksjo:Elin Forsberg",
                        "nassjo:Camilla Ström",
                        "vetlanda:Tobias Lundgren",
                        "aneby:Emma Lund",
                        "savsjo:Patrik Borg"));
        network(
                "hoglandsforbundet",
                "Informationssäkerhet och dataskydd",
                "Informationssäkerhetssamordnare och dataskyddsombud jämför bedömningar, delar mallar och hjälper"
                        + " varandra med svåra frågor om personuppgifter i AI-tjänster.",
                MembershipMode.ON_REQUEST,
                List.of("hoglandsforbundet:Robert Krantz"),
                List.of("eksjo:Sara Lindqvist", "eksjo:Johan Ek", "nassjo:Fredrik Dahl", "savsjo:Niklas Engström"));
        network(
                "vetlanda",
                "Upphandlingsnätverket",
                "Upphandlare planerar gemensamma behovsanalyser och marknadsdialoger och samordnar avtalstider, så"
                        + " att kommunerna inte köper samma sak var för sig.",
                MembershipMode.OPEN,
                List.of("vetlanda:Ida Falk"),
                List.of("eksjo:Peter Nyström"));
        network(
                "hoglandsforbundet",
                "Arkitektur och UX",
                "Arkitekter, utvecklare och tjänstedesigners, ofta ensamma i sin roll, möts kring en gemensam"
                        + " målarkitektur och goda användarupplevelser.",
                MembershipMode.OPEN,
                List.of("eksjo:Mikael Berg"),
                List.of("aneby:Henrik Strand", "vetlanda:Marcus Ahl"));
        network(
                "nassjo",
                "Förändringsledare",
                "Chefer och förändringsledare stöttar varandra i att leda verksamheter genom införandet av AI.",
                MembershipMode.BY_INVITATION,
                List.of("nassjo:Ulrika Sjöberg"),
                List.of(
                        "eksjo:Annika Holm",
                        "savsjo:Eva Hellström",
                        "vetlanda:Helena Nord",
                        "aneby:Karin Björk",
                        "hoglandsforbundet:Gunilla Frost"));
        if (ai != null) {
            firstMeetingOf(ai);
        }
    }

    /** Creates a network with its members, or nothing when the directory lacks its demo staff. */
    private Network network(
            String ownerCode,
            String name,
            String purpose,
            MembershipMode mode,
            List<String> coordinators,
            List<String> members) {
        Organisation owner = organisation(ownerCode);
        Person founder = person(coordinators.getFirst());
        if (owner == null || founder == null) {
            return null;
        }
        Instant now = clock.instant();
        Network network = new Network(
                owner,
                new NetworkDraft(name, purpose, mode, Visibility.FEDERATION, java.util.Set.of()),
                founder.id(),
                now,
                true);
        entityManager.persist(network);
        List<Organisation> organisations = new ArrayList<>();
        for (String who : coordinators) {
            join(network, person(who), MemberRole.COORDINATOR, organisations, now);
        }
        for (String who : members) {
            join(network, person(who), MemberRole.MEMBER, organisations, now);
        }
        network.replaceParticipatingOrganisations(organisations);
        events.publishEvent(new NetworkChanged(network.id()));
        return network;
    }

    private void join(Network network, Person person, MemberRole role, List<Organisation> organisations, Instant now) {
        if (person != null) {
            entityManager.persist(new NetworkMember(network.id(), person, role, MemberStatus.ACTIVE, now));
            organisations.add(person.organisation());
        }
    }

    /**
     * Six weeks ago: a meeting with four organisations present, a decision, and three actions — one done on time,
     * one overdue, one due after the next meeting, which is planned in two weeks and follows them up.
     */
    private void firstMeetingOf(Network ai) {
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        NetworkMeeting past = meeting(ai, "Nätverksträff: lägesbild", today.minusWeeks(6), "Förbundets lokaler, Eksjö");
        AgendaItem copilot = item(past, 1, "Erfarenheter av Copilot-piloterna");
        copilot.recordMinutes("Eksjö och Nässjö har kört piloter i ett halvår. Båda ser tidsvinster i"
                + " textarbete men saknar gemensamma riktlinjer för vilka uppgifter som får matas in.");
        item(past, 2, "Behov av utbildning");
        for (String who : List.of(
                "hoglandsforbundet:Daniel Rosén",
                "eksjo:Elin Forsberg",
                "nassjo:Camilla Ström",
                "vetlanda:Tobias Lundgren")) {
            Person person = person(who);
            Attendance line = new Attendance(past.id(), person, person.organisation());
            line.record(true, who.startsWith("eksjo") ? Mandate.MAY_DECIDE : Mandate.MUST_BRING_BACK);
            entityManager.persist(line);
        }
        Decision decision = new Decision(
                past,
                copilot.id(),
                "Ta fram gemensamma riktlinjer för Copilot i kommunerna.",
                today.minusWeeks(6),
                clock.instant());
        entityManager.persist(decision);
        action(
                past,
                decision,
                "Sammanställ kommunernas befintliga riktlinjer",
                "eksjo:Elin Forsberg",
                today.minusWeeks(3),
                ActionStatus.DONE,
                today.minusWeeks(4));
        action(
                past,
                decision,
                "Boka jurist för genomgång av dataklasser",
                "nassjo:Camilla Ström",
                today.minusWeeks(1),
                ActionStatus.IN_PROGRESS,
                null);
        action(
                past,
                null,
                "Inventera utbildningsbehov i förvaltningarna",
                "vetlanda:Tobias Lundgren",
                today.plusWeeks(4),
                ActionStatus.OPEN,
                null);
        NetworkMeeting next = meeting(
                ai,
                "Nätverksträff: riktlinjer och utbildning",
                today.plusWeeks(2),
                "https://moten.example.invalid/ai-samordnare");
        item(next, 1, "Förslag till gemensamma riktlinjer");
        item(next, 2, "Önskemål till Höglandsakademin");
    }

    private NetworkMeeting meeting(Network network, String title, LocalDate day, String where) {
        Instant start =
                ZonedDateTime.of(day, LocalTime.of(9, 0), SwedishTime.ZONE).toInstant();
        boolean link = where.startsWith("https://");
        NetworkMeeting meeting = new NetworkMeeting(
                network.id(),
                new MeetingDraft(
                        title, start, start.plusSeconds(2 * 3600), link ? null : where, link ? where : null, List.of()),
                clock.instant());
        entityManager.persist(meeting);
        return meeting;
    }

    private AgendaItem item(NetworkMeeting meeting, int position, String title) {
        AgendaItem item = new AgendaItem(meeting.id(), position, title);
        entityManager.persist(item);
        return item;
    }

    private void action(
            NetworkMeeting meeting,
            Decision decision,
            String title,
            String owner,
            LocalDate due,
            ActionStatus status,
            LocalDate closedOn) {
        NetworkAction action = new NetworkAction(
                meeting, title, person(owner), due, decision == null ? null : decision.id(), null, clock.instant());
        if (status != ActionStatus.OPEN) {
            action.changeStatus(status, null, closedOn);
        }
        entityManager.persist(action);
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A demo person of the directory, "code:Name". */
    private Person person(String who) {
        String[] parts = who.split(":", 2);
        return entityManager
                .createQuery("""
                        select p from Person p join fetch p.organisation o
                        where o.code = :code and p.displayName = :name and p.demo = true""", Person.class)
                .setParameter("code", parts[0])
                .setParameter("name", parts[1])
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
