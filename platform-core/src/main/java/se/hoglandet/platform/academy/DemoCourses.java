package se.hoglandet.platform.academy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Demo courses (demo mode only): the federation's basic AI training (counts for AI literacy, valid 24 months),
 * Eksjö's Copilot workshop with seats per organisation, and an online course on the AI Act for lawyers and DPOs.
 * Sessions lie a few weeks ahead of the day the demo starts, with registration open.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(40)
class DemoCourses implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCourses(
            CourseRepository courses,
            CourseSessionRepository sessions,
            EntityManager entityManager,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(c) from Course c where c.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        Course basics = course(
                "hoglandsforbundet",
                new CourseDraft(
                        "AI-grunder för alla medarbetare",
                        "Vad AI är och inte är, hur generativ AI fungerar, vad riktlinjerna säger om personuppgifter och "
                                + "sekretess, och hur du granskar det AI tar fram. Ger grundläggande AI-kunskap enligt AI-förordningen.",
                        CourseTopic.AI_BASICS,
                        CourseFormat.LECTURE,
                        Set.of(),
                        Set.of(),
                        true,
                        24,
                        CollaborationLevel.SHARED_COMPETENCE));
        session(
                basics,
                "Vinteromgången",
                today.plusDays(14),
                2,
                "Höglandsförbundet, Nässjö",
                null,
                20,
                Map.of(),
                false,
                "Höglandsakademins AI-utbildare");
        Course copilot = course(
                "eksjo",
                new CourseDraft(
                        "Copilot i vardagen",
                        "Workshop där du övar på att skriva, sammanfatta och planera med Microsoft 365 Copilot – tryggt och enligt riktlinjerna.",
                        CourseTopic.COPILOT,
                        CourseFormat.WORKSHOP,
                        Set.of(),
                        Set.of(),
                        false,
                        null,
                        CollaborationLevel.SHARED_COMPETENCE));
        session(
                copilot,
                "Workshop i Eksjö",
                today.plusDays(21),
                1,
                "Eksjö stadshus, sal Linden",
                null,
                12,
                Map.of(organisation("eksjo").id(), 6),
                false,
                "Digitaliseringsenheten, Eksjö kommun");
        Course aiAct = course(
                "hoglandsforbundet",
                new CourseDraft(
                        "AI-förordningen och GDPR i praktiken",
                        "Riskklassning, grundläggande rättigheter, konsekvensbedömningar och avtal: för jurister, "
                                + "dataskyddsombud och informationssäkerhetsansvariga.",
                        CourseTopic.AI_LAW_GDPR,
                        CourseFormat.LECTURE,
                        Set.of(Role.LAWYER, Role.DPO, Role.INFOSEC),
                        Set.of(),
                        false,
                        null,
                        CollaborationLevel.SHARED_COMPETENCE));
        session(
                aiAct,
                "Digital föreläsning",
                today.plusDays(28),
                1,
                null,
                "https://mote.hoglandet.example/ai-act",
                60,
                Map.of(),
                true,
                "Förbundsjurist, Höglandsförbundet");
        log.info("Demo mode: added demo courses");
    }

    private Course course(String organiser, CourseDraft draft) {
        Course course = courses.save(new Course(organisation(organiser), draft, clock.instant(), true));
        events.publishEvent(new CourseChanged(course.id()));
        return course;
    }

    private void session(
            Course course,
            String name,
            LocalDate first,
            int meetings,
            String place,
            String link,
            int capacity,
            Map<Long, Integer> quotas,
            boolean approval,
            String teachers) {
        List<Meeting> all = java.util.stream.IntStream.range(0, meetings)
                .mapToObj(i -> new Meeting(
                        first.plusWeeks(i).atTime(9, 0).atZone(SwedishTime.ZONE).toInstant(),
                        first.plusWeeks(i)
                                .atTime(11, 30)
                                .atZone(SwedishTime.ZONE)
                                .toInstant()))
                .toList();
        Instant start = all.getFirst().startsAt();
        sessions.save(new CourseSession(
                course,
                new SessionDraft(
                        name,
                        all,
                        place,
                        link,
                        teachers,
                        capacity,
                        quotas,
                        clock.instant().minusSeconds(7 * 86_400),
                        start.minusSeconds(86_400),
                        start.minusSeconds(2 * 86_400),
                        approval),
                CourseService.randomCode(6)));
    }

    private Organisation organisation(String code) {
        return entityManager
                .createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getSingleResult();
    }
}
