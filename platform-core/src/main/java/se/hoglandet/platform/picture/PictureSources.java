package se.hoglandet.platform.picture;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.hoglandet.platform.maturity.CycleScores;
import se.hoglandet.platform.maturity.ExternalResult;
import se.hoglandet.platform.maturity.ExternalResultService;
import se.hoglandet.platform.maturity.MaturityService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;

/**
 * What the picture and the yearly report are made of, read once for both: levels, figures from every
 * contribution, maturity and goals. Runs inside the calling service's guarded method and transaction.
 */
@Component
class PictureSources {

    private final CollaborationAreaRepository areas;
    private final LevelDecisionRepository decisions;
    private final GoalRepository goals;
    private final GoalMeasurementRepository measurements;
    private final ObjectProvider<PictureContribution> contributions;
    private final MaturityService maturity;
    private final ExternalResultService external;
    private final EntityManager entityManager;

    PictureSources(
            CollaborationAreaRepository areas,
            LevelDecisionRepository decisions,
            GoalRepository goals,
            GoalMeasurementRepository measurements,
            ObjectProvider<PictureContribution> contributions,
            MaturityService maturity,
            ExternalResultService external,
            EntityManager entityManager) {
        this.areas = areas;
        this.decisions = decisions;
        this.goals = goals;
        this.measurements = measurements;
        this.contributions = contributions;
        this.maturity = maturity;
        this.external = external;
        this.entityManager = entityManager;
    }

    List<AreaLevel> levelsOf(Long organisationId) {
        Map<String, List<LevelDecision>> byArea =
                decisions.findByOrganisationIdOrderByAreaKeyAscDecidedOnDescIdDesc(organisationId).stream()
                        .collect(Collectors.groupingBy(LevelDecision::areaKey));
        return areas.findAllByOrderByPositionAsc().stream()
                .map(area -> {
                    List<LevelDecision> history = byArea.getOrDefault(area.key(), List.of());
                    return new AreaLevel(area, history.isEmpty() ? null : history.getFirst(), history);
                })
                .toList();
    }

    Organisation readableOrganisation(Actor actor, Long organisationId) {
        if (organisationId == null || (!actor.belongsTo(organisationId) && !actor.hasRole(Role.FEDERATION_STAFF))) {
            throw new PermissionDeniedException("An organisation's picture is for itself and federation staff");
        }
        Organisation organisation = entityManager.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new DomainValidationException("picture.error.notFound", "No such organisation");
        }
        return organisation;
    }

    /** Every contribution's figures for the organisation (null: the federation) over the period. */
    List<PictureFigure> figures(Organisation organisation, Period period) {
        List<PictureFigure> all = new ArrayList<>();
        contributions.orderedStream().forEach(c -> all.addAll(c.figures(organisation, period)));
        return all;
    }

    /** Own survey scores from cycles opened before the period's end; external results up to its year. */
    MaturityPicture maturityOf(Organisation organisation, Period period) {
        Long id = organisation == null ? null : organisation.id();
        List<CycleScores> own = maturity.scoresOf(id).stream()
                .filter(c -> c.opensOn().isBefore(period.untilOrEnd()))
                .toList();
        List<ExternalResult> results = id == null
                ? List.of()
                : external.ofOrganisation(id).results().stream()
                        .filter(r -> r.year() < period.untilOrEnd().getYear())
                        .toList();
        return new MaturityPicture(own, results);
    }

    /** The goals with their current values: a platform figure, a maturity score, or the latest measured value. */
    List<GoalProgress> progress(Long organisationId, List<PictureFigure> figures, MaturityPicture maturityPicture) {
        List<Goal> own = goals.findByOrganisationIdOrderByTargetDateAscIdAsc(organisationId);
        Map<String, BigDecimal> values = new HashMap<>();
        figures.forEach(f -> values.put(f.key(), f.value()));
        CycleScores latest = maturityPicture.latestShown();
        if (latest != null) {
            latest.scores().forEach((dimension, score) -> values.put(Figures.MATURITY_SCORE + "." + dimension, score));
        }
        Map<Long, GoalMeasurement> lastMeasured = new HashMap<>();
        Set<Long> measuredGoals = own.stream()
                .filter(g -> g.indicator() == GoalIndicator.MEASURED)
                .map(Goal::id)
                .collect(Collectors.toSet());
        if (!measuredGoals.isEmpty()) {
            measurements
                    .findByGoalIdInOrderByMeasuredOnAscIdAsc(measuredGoals)
                    .forEach(m -> lastMeasured.put(m.goalId(), m));
        }
        return own.stream()
                .map(goal -> goal.indicator() == GoalIndicator.MEASURED
                        ? new GoalProgress(
                                goal,
                                lastMeasured.containsKey(goal.id())
                                        ? lastMeasured.get(goal.id()).value()
                                        : null,
                                lastMeasured.containsKey(goal.id())
                                        ? lastMeasured.get(goal.id()).measuredOn()
                                        : null)
                        : new GoalProgress(goal, values.get(goal.indicator().figureKey(goal.dimensionKey())), null))
                .toList();
    }
}
