package se.hoglandet.platform.maturity;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.shared.SwedishTime;

/**
 * Demo mode only: last autumn's completed survey cycle of the shipped model in the five municipalities (three
 * demo staff answered in each, and each submitted its result with current and target levels), and external
 * results (DiMiOS, DIOS, PIOS) for the two latest years. Every figure is invented for the demo; each municipality
 * has its own profile so that the comparison and the weakest dimension say something. Runs once.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo")
@Order(60) // after the demo directory and the shipped model
class DemoMaturity implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMaturity.class);

    /** Declared before the profiles, which read it while the class initialises. */
    private static final List<String> DIMENSIONS =
            List.of("strategy", "data", "legal", "competence", "change", "collaboration", "use");

    /** Per municipality: its base score per dimension (1–5); respondents vary around it. */
    private static final Map<String, Map<String, Integer>> PROFILES = Map.of(
            "eksjo", profile(4, 3, 4, 2, 3, 4, 3),
            "nassjo", profile(3, 2, 3, 2, 2, 3, 3),
            "vetlanda", profile(3, 4, 2, 3, 3, 3, 4),
            "savsjo", profile(2, 2, 4, 3, 2, 3, 2),
            "aneby", profile(2, 3, 2, 2, 3, 4, 2));

    private final MaturityModelRepository models;
    private final SurveyCycleRepository cycles;
    private final SurveyResponseRepository responses;
    private final OrganisationResultRepository results;
    private final ExternalResultRepository external;
    private final EntityManager entityManager;
    private final Clock clock;

    DemoMaturity(
            MaturityModelRepository models,
            SurveyCycleRepository cycles,
            SurveyResponseRepository responses,
            OrganisationResultRepository results,
            ExternalResultRepository external,
            EntityManager entityManager,
            Clock clock) {
        this.models = models;
        this.cycles = cycles;
        this.responses = responses;
        this.results = results;
        this.external = external;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    private static Map<String, Integer> profile(int... scores) {
        Map<String, Integer> profile = new LinkedHashMap<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            profile.put(DIMENSIONS.get(i), scores[i]);
        }
        return profile;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int lastYear = LocalDate.now(clock.withZone(SwedishTime.ZONE)).getYear() - 1;
        String name = "Mognadsmätning hösten " + lastYear;
        if (cycles.findAllByOrderByOpensOnDescIdDesc().stream()
                .anyMatch(c -> c.name().equals(name))) {
            return;
        }
        MaturityModel model =
                models.findFirstByModelKeyOrderByModelVersionDesc("ai-mognad").orElse(null);
        Map<String, Organisation> municipalities = entityManager
                .createQuery("select o from Organisation o where o.code in :codes", Organisation.class)
                .setParameter("codes", PROFILES.keySet())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Organisation::code, o -> o));
        if (model == null || municipalities.size() < PROFILES.size()) {
            return;
        }
        Instant now = clock.instant();
        SurveyCycle cycle = new SurveyCycle(
                name,
                model,
                LocalDate.of(lastYear, 10, 1),
                LocalDate.of(lastYear, 11, 15),
                municipalities.values().stream().map(Organisation::id).collect(Collectors.toSet()),
                "Höglandsförbundet",
                now);
        cycle.close();
        cycles.save(cycle);
        municipalities.forEach((code, organisation) -> answer(cycle, model.definition(), organisation, code, now));
        municipalities.forEach((code, organisation) -> externalResults(organisation, code, lastYear, now));
        log.info(
                "Demo maturity: one completed cycle in {} municipalities, external results for {} and {}",
                municipalities.size(),
                lastYear - 1,
                lastYear);
    }

    /** Three respondents around the municipality's profile, and its submitted result. */
    private void answer(SurveyCycle cycle, ModelDefinition model, Organisation organisation, String code, Instant now) {
        List<Person> staff = entityManager
                .createQuery("select p from Person p where p.organisation = :organisation order by p.id", Person.class)
                .setParameter("organisation", organisation)
                .setMaxResults(3)
                .getResultList();
        Map<String, Integer> profile = PROFILES.get(code);
        int offset = -1;
        for (Person person : staff) {
            SurveyResponse response =
                    new SurveyResponse(cycle.id(), organisation.id(), person.id(), person.displayName(), "Demo", now);
            Map<String, Answer> answers = new HashMap<>();
            for (ModelDefinition.Dimension dimension : model.dimensions()) {
                int base = profile.getOrDefault(dimension.key(), 3);
                for (ModelDefinition.Question question : dimension.questions()) {
                    int score = Math.max(1, Math.min(question.scale().size(), base + offset));
                    answers.put(question.key(), new Answer(score, null));
                }
            }
            response.answer(answers, now);
            response.submit(now);
            responses.save(response);
            offset++;
        }
        Map<String, LevelPair> levels = new HashMap<>();
        model.dimensions().forEach(d -> {
            int current = Math.max(1, Math.min(4, profile.getOrDefault(d.key(), 2) - 1));
            levels.put(d.key(), new LevelPair(current, Math.min(4, current + 1)));
        });
        results.save(new OrganisationResult(cycle.id(), organisation.id(), levels, "Demo", now));
    }

    /** DiMiOS (capability and legacy, 1–5), DIOS and PIOS (0–100) for the two latest years. */
    private void externalResults(Organisation organisation, String code, int lastYear, Instant now) {
        int seed = code.length();
        for (int year = lastYear - 1; year <= lastYear; year++) {
            int step = year - lastYear + 1; // 0 the year before, 1 last year: a little better
            save(organisation, ExternalInstrument.DIMIOS, year, "capability", 2.4 + seed * 0.2 + step * 0.3, 5);
            save(organisation, ExternalInstrument.DIMIOS, year, "legacy", 3.6 - seed * 0.1 - step * 0.2, 5);
            save(organisation, ExternalInstrument.DIOS, year, "overall", 38 + seed * 3 + step * 5, 100);
            save(organisation, ExternalInstrument.PIOS, year, "overall", 44 + seed * 2 + step * 4, 100);
        }
    }

    private void save(
            Organisation organisation,
            ExternalInstrument instrument,
            int year,
            String dimension,
            double value,
            int scale) {
        external.save(new ExternalResult(
                organisation.id(),
                new ExternalResultDraft(
                        organisation.id(),
                        instrument,
                        year,
                        dimension,
                        BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP),
                        BigDecimal.valueOf(scale)),
                "Demo",
                clock.instant()));
    }
}
