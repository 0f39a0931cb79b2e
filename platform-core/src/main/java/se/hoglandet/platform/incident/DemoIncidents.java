package se.hoglandet.platform.incident;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A demo incident (demo mode only): Eksjö's closed report of a personal identity number pasted into the free ChatGPT,
 * shared with the federation so that others learn from it.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(30) // after the demo tools
class DemoIncidents implements ApplicationRunner {

    private final IncidentRepository incidents;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoIncidents(IncidentRepository incidents, EntityManager entityManager, Clock clock) {
        this.incidents = incidents;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (entityManager
                        .createQuery("select count(i) from Incident i where i.reporterName = :name", Long.class)
                        .setParameter("name", "Demo")
                        .getSingleResult()
                > 0) {
            return;
        }
        Organisation eksjo = entityManager
                .createQuery("select o from Organisation o where o.code = 'eksjo'", Organisation.class)
                .getSingleResult();
        List<Long> chatGpt = entityManager
                .createQuery(
                        "select t.id from AiTool t where t.demo = true and t.vendor = 'OpenAI' and t.hosting = "
                                + "se.hoglandet.platform.tool.ToolHosting.THIRD_COUNTRY",
                        Long.class)
                .getResultList();
        Instant reported = clock.instant().minus(40, ChronoUnit.DAYS);
        Incident incident = new Incident(
                eksjo,
                new IncidentReport(
                        "Personnummer inklistrat i publik AI-chatt",
                        "En handläggare klistrade in ett utkast till beslut med namn och personnummer i gratisversionen av ChatGPT för att förbättra språket.",
                        IncidentKind.DATA_LEAK,
                        IncidentSeverity.HIGH,
                        LocalDate.now(clock.withZone(SwedishTime.ZONE)).minusDays(41),
                        true,
                        chatGpt.stream().findFirst().orElse(null),
                        null),
                0L,
                "Demo",
                reported,
                LocalDate.now(clock.withZone(SwedishTime.ZONE)));
        incident.moveTo(IncidentStatus.INVESTIGATING, null, reported.plus(2, ChronoUnit.HOURS));
        incident.moveTo(
                IncidentStatus.CLOSED,
                "Anmäld till IMY inom 72 timmar. Kontot i tjänsten raderat; "
                        + "arbetsplatsen har fått utbildning och Copilot som godkänt alternativ.",
                reported.plus(3, ChronoUnit.DAYS));
        incident.changeVisibility(Visibility.FEDERATION);
        incidents.save(incident);
    }
}
