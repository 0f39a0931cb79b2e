package se.hoglandet.platform.expertise;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Demo mode only: a few demo staff who mark their expertise and lend hours to other organisations (approved by
 * their managers), one offer still waiting, and a request with hours given this year, so that the directory and the
 * federation overview show something. The legal expert pool's demo staff appear by their roles.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 41)
class DemoExpertise implements ApplicationRunner {

    private final EntityManager entityManager;
    private final Clock clock;

    DemoExpertise(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(e) from ExpertProfile e where e.person.demo = true", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        Instant now = clock.instant();
        ExpertProfile architect = profile(
                "eksjo",
                "Mikael Berg",
                Set.of(ExpertiseArea.ARCHITECTURE, ExpertiseArea.INTEGRATION),
                "Målarkitektur, integrationsplattformar och API:er.",
                8,
                true,
                now);
        profile(
                "vetlanda",
                "Marcus Ahl",
                Set.of(ExpertiseArea.AI_ML, ExpertiseArea.DATA),
                "Språkmodeller i egen drift och datakvalitet.",
                6,
                true,
                now);
        profile(
                "nassjo",
                "Camilla Ström",
                Set.of(ExpertiseArea.CHANGE_MANAGEMENT),
                "Har lett införandet av Copilot i Nässjö.",
                4,
                false,
                now);
        Person asker = person("aneby", "Emma Lund");
        if (architect == null || asker == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        HelpRequest request = new HelpRequest(
                architect,
                asker.id(),
                asker.displayName(),
                asker.organisation(),
                new HelpRequestDraft(
                        architect.person().id(),
                        ExpertiseArea.INTEGRATION,
                        "Granska vår plan för att koppla chattboten till ärendesystemet.",
                        new BigDecimal("6.0"),
                        today),
                today,
                now);
        request.decide(true, null, "Annika Holm");
        entityManager.persist(request);
        entityManager.persist(new HoursGiven(
                request.id(),
                today.withDayOfMonth(1),
                new BigDecimal("3.5"),
                "Genomgång av planen",
                "Mikael Berg",
                now));
    }

    private ExpertProfile profile(
            String code,
            String name,
            Set<ExpertiseArea> areas,
            String description,
            int hours,
            boolean approved,
            Instant now) {
        Person person = person(code, name);
        if (person == null) {
            return null;
        }
        ExpertProfile profile = new ExpertProfile(person);
        profile.describe(new ExpertProfileDraft(areas, description, true, hours), now);
        if (approved) {
            profile.decideLending(true, "Demo", now);
        }
        entityManager.persist(profile);
        return profile;
    }

    private Person person(String code, String name) {
        return entityManager
                .createQuery("""
                        select p from Person p join fetch p.organisation o
                        where o.code = :code and p.displayName = :name and p.demo = true""", Person.class)
                .setParameter("code", code)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
