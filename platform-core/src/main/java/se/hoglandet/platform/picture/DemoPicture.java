package se.hoglandet.platform.picture;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Demo mode only: chosen collaboration levels for the federation and four municipalities (Nässjö has not decided
 * yet, so its administrator can try recording them), and two goals for Eksjö. Decisions, dates and diary numbers
 * are invented for the demo. Runs once.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(70) // after the demo maturity cycle
class DemoPicture implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPicture.class);

    /** Per organisation: its level (1–4) per area in the migration's order. */
    private static final Map<String, int[]> LEVELS = Map.of(
            "hoglandsforbundet", new int[] {2, 2, 3, 3, 2, 3},
            "eksjo", new int[] {2, 2, 3, 3, 1, 3},
            "vetlanda", new int[] {2, 1, 3, 2, 1, 2},
            "savsjo", new int[] {2, 2, 2, 2, 1, 3},
            "aneby", new int[] {1, 2, 3, 1, 1, 2});

    private final CollaborationAreaRepository areas;
    private final LevelDecisionRepository decisions;
    private final GoalRepository goals;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoPicture(
            CollaborationAreaRepository areas,
            LevelDecisionRepository decisions,
            GoalRepository goals,
            EntityManager entityManager,
            Clock clock) {
        this.areas = areas;
        this.decisions = decisions;
        this.goals = goals;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Organisation> organisations = entityManager
                .createQuery("select o from Organisation o where o.code in :codes", Organisation.class)
                .setParameter("codes", LEVELS.keySet())
                .getResultList();
        if (organisations.isEmpty()
                || !decisions
                        .findByOrganisationIdOrderByAreaKeyAscDecidedOnDescIdDesc(
                                organisations.getFirst().id())
                        .isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(SwedishTime.ZONE));
        List<CollaborationArea> ordered = areas.findAllByOrderByPositionAsc();
        for (Organisation organisation : organisations) {
            int[] levels = LEVELS.get(organisation.code());
            boolean federation = organisation.code().equals("hoglandsforbundet");
            for (int i = 0; i < ordered.size() && i < levels.length; i++) {
                decisions.save(new LevelDecision(
                        organisation.id(),
                        new LevelDraft(
                                ordered.get(i).key(),
                                CollaborationLevel.of(levels[i]),
                                federation ? "Förbundsdirektionen" : "Kommunstyrelsen",
                                today.minusMonths(5),
                                (federation ? "FD " : "KS ") + (today.getYear()) + "/" + (40 + i)),
                        "Demo",
                        clock.instant()));
            }
            if (organisation.code().equals("eksjo")) {
                goals(organisation, today);
            }
        }
        log.info("Demo picture: chosen levels for {} organisations", organisations.size());
    }

    private void goals(Organisation eksjo, LocalDate today) {
        goals.save(new Goal(
                eksjo.id(),
                new GoalDraft(
                        "Alla medarbetare har grundläggande AI-kunskap",
                        GoalIndicator.LITERACY_SHARE,
                        null,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(90),
                        LocalDate.of(today.getYear() + 1, 12, 31)),
                "Demo",
                clock.instant()));
        goals.save(new Goal(
                eksjo.id(),
                new GoalDraft(
                        "Stärkt kompetens i mognadsmätningen",
                        GoalIndicator.MATURITY_SCORE,
                        "competence",
                        BigDecimal.valueOf(2),
                        BigDecimal.valueOf(3.5),
                        LocalDate.of(today.getYear() + 2, 6, 30)),
                "Demo",
                clock.instant()));
    }
}
