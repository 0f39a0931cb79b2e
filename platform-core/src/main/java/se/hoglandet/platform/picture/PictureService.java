package se.hoglandet.platform.picture;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishNumbers;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;

/**
 * Each organisation's AI picture (issue 21). Chosen collaboration levels are political decisions: anyone signed in
 * reads them, so the federation compares them side by side; the organisation's administrators record them. Goals
 * and the picture itself are for the organisation's own people and federation staff; every figure counts only what
 * the reader may read (the contributions apply the truth table in their queries).
 */
@Service
@Transactional(readOnly = true)
public class PictureService {

    /** A level decision is about this century's digital collaboration; an earlier date is a typing error. */
    public static final LocalDate EARLIEST_DECISION = LocalDate.of(2000, 1, 1);

    static final String LEVEL_RECORD = "level-decision";
    static final String GOAL_RECORD = "organisation-goal";
    private static final BigDecimal MAX_GOAL_VALUE = new BigDecimal("999999999.99");

    private final CollaborationAreaRepository areas;
    private final LevelDecisionRepository decisions;
    private final GoalRepository goals;
    private final GoalMeasurementRepository measurements;
    private final PictureSources sources;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final Clock clock;

    PictureService(
            CollaborationAreaRepository areas,
            LevelDecisionRepository decisions,
            GoalRepository goals,
            GoalMeasurementRepository measurements,
            PictureSources sources,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            Clock clock) {
        this.areas = areas;
        this.decisions = decisions;
        this.goals = goals;
        this.measurements = measurements;
        this.sources = sources;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- chosen levels ------------------------------------------------------------------------------------

    @RequiresLogin
    public List<CollaborationArea> areas() {
        return areas.findAllByOrderByPositionAsc();
    }

    /** An organisation's chosen level per area with the history of decisions. */
    @RequiresLogin
    public List<AreaLevel> levelsOf(Long organisationId) {
        return sources.levelsOf(organisationId);
    }

    /** Every organisation's chosen levels side by side (two queries whatever the number of decisions). */
    @RequiresLogin
    public FederationLevels federationLevels() {
        Map<Long, Map<String, LevelDecision>> inForce = new HashMap<>();
        for (LevelDecision decision : decisions.findAllByOrderByOrganisationIdAscAreaKeyAscDecidedOnDescIdDesc()) {
            inForce.computeIfAbsent(decision.organisationId(), k -> new LinkedHashMap<>())
                    .putIfAbsent(decision.areaKey(), decision);
        }
        List<Organisation> shown = entityManager
                .createQuery("select o from Organisation o where o.active = true order by o.name", Organisation.class)
                .getResultList()
                .stream()
                .filter(o -> o.kind() != OrganisationKind.COMPANY || inForce.containsKey(o.id()))
                .sorted((a, b) -> a.kind() == b.kind()
                        ? a.name().compareTo(b.name())
                        : a.kind().compareTo(b.kind()))
                .toList();
        return new FederationLevels(areas.findAllByOrderByPositionAsc(), shown, inForce);
    }

    /** The organisation's administrators record a decision on its level in one area (kept with the earlier ones). */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public LevelDecision recordLevel(LevelDraft draft) {
        Actor actor = currentActor.get();
        if (draft == null || draft.areaKey() == null || !areas.existsById(draft.areaKey())) {
            throw new DomainValidationException("picture.error.area", "Choose an area");
        }
        if (draft.level() == null) {
            throw new DomainValidationException("picture.error.level", "Choose a level");
        }
        if (draft.decidedOn() == null
                || draft.decidedOn().isAfter(today())
                || draft.decidedOn().isBefore(EARLIEST_DECISION)) {
            throw new DomainValidationException(
                    "picture.error.decidedOn", "The decision's date, from 2000 and not in the future");
        }
        LevelDraft checked = new LevelDraft(
                draft.areaKey(),
                draft.level(),
                Texts.required(draft.decidedBy(), 200, "picture.error.decidedBy"),
                draft.decidedOn(),
                Texts.optional(draft.diaryNumber(), 60, "picture.error.diaryNumber"));
        LevelDecision saved = decisions.save(
                new LevelDecision(actor.organisationId(), checked, actor.displayName(), clock.instant()));
        audit.record(
                LEVEL_RECORD,
                saved.id(),
                "DECIDED",
                AuditChange.of(checked.areaKey(), null, checked.level().number()));
        return saved;
    }

    // ---- goals --------------------------------------------------------------------------------------------

    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Goal createGoal(GoalDraft draft) {
        Actor actor = currentActor.get();
        GoalDraft checked = checked(draft);
        // A new goal looks ahead; one whose date has passed can still be kept, and then shows as missed or met.
        if (checked.targetDate().isBefore(today())) {
            throw new DomainValidationException("goal.error.targetDatePassed", "A new goal's date has passed");
        }
        Goal goal = goals.save(new Goal(actor.organisationId(), checked, actor.displayName(), clock.instant()));
        audit.record(GOAL_RECORD, goal.id(), "CREATED", AuditChange.of("title", null, goal.title()));
        return goal;
    }

    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Goal updateGoal(Long goalId, long expectedVersion, GoalDraft draft) {
        Goal goal = ownGoal(goalId);
        if (goal.version() != expectedVersion) {
            throw new StaleEditException("Goal", goalId);
        }
        String before = goal.title();
        goal.change(checked(draft), clock.instant());
        Goal saved = goals.saveAndFlush(goal);
        audit.record(GOAL_RECORD, goalId, "CHANGED", AuditChange.of("title", before, saved.title()));
        return saved;
    }

    /** Enters a value measured outside the platform for a MEASURED goal. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public GoalMeasurement measure(Long goalId, LocalDate on, BigDecimal value) {
        Goal goal = ownGoal(goalId);
        if (goal.indicator() != GoalIndicator.MEASURED) {
            throw new DomainValidationException("goal.error.fedByPlatform", "The platform measures this goal");
        }
        if (on == null || on.isAfter(today())) {
            throw new DomainValidationException("goal.error.measuredOn", "The day it was measured, not in the future");
        }
        if (value == null) {
            throw new DomainValidationException("goal.error.value", "A value");
        }
        SwedishNumbers.checked(value, MAX_GOAL_VALUE.negate(), MAX_GOAL_VALUE, 2, "goal.error.value");
        GoalMeasurement saved = measurements.save(
                new GoalMeasurement(goalId, on, value, currentActor.get().displayName()));
        audit.record(GOAL_RECORD, goalId, "MEASURED", AuditChange.of("value", null, value));
        return saved;
    }

    // ---- the picture --------------------------------------------------------------------------------------

    /** The organisation's picture: its own people and federation staff. */
    @RequiresLogin
    public OrganisationPicture picture(Long organisationId) {
        Actor actor = currentActor.get();
        Organisation organisation = sources.readableOrganisation(actor, organisationId);
        List<PictureFigure> figures = sources.figures(organisation, Period.always());
        MaturityPicture maturityPicture = sources.maturityOf(organisation, Period.always());
        return new OrganisationPicture(
                organisation,
                sources.levelsOf(organisationId),
                sources.progress(organisationId, figures, maturityPicture),
                figures,
                maturityPicture,
                mayEdit(actor, organisationId));
    }

    /** Whether the current actor may see an organisation's picture (its own people and federation staff). */
    @RequiresLogin
    public boolean mayRead(Long organisationId) {
        Actor actor = currentActor.get();
        return actor.belongsTo(organisationId) || actor.hasRole(Role.FEDERATION_STAFF);
    }

    /** The reader's own organisation, whose picture the navigation opens. */
    @RequiresLogin
    public Long ownOrganisationId() {
        return currentActor.get().organisationId();
    }

    private static boolean mayEdit(Actor actor, Long organisationId) {
        return actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(organisationId);
    }

    private Goal ownGoal(Long goalId) {
        Actor actor = currentActor.get();
        return goals.findById(goalId == null ? -1L : goalId)
                .filter(g -> actor.belongsTo(g.organisationId()))
                .orElseThrow(() -> new DomainValidationException("goal.error.notFound", "No such goal"));
    }

    private GoalDraft checked(GoalDraft draft) {
        if (draft == null || draft.indicator() == null) {
            throw new DomainValidationException("goal.error.indicator", "Choose what the goal is measured by");
        }
        String title = Texts.required(draft.title(), 300, "goal.error.title");
        String dimension = draft.indicator() == GoalIndicator.MATURITY_SCORE
                ? Texts.required(draft.dimensionKey(), 60, "goal.error.dimension")
                : null;
        if (draft.baseline() == null || draft.target() == null) {
            throw new DomainValidationException("goal.error.value", "A baseline and a target");
        }
        SwedishNumbers.checked(draft.baseline(), MAX_GOAL_VALUE.negate(), MAX_GOAL_VALUE, 2, "goal.error.value");
        SwedishNumbers.checked(draft.target(), MAX_GOAL_VALUE.negate(), MAX_GOAL_VALUE, 2, "goal.error.value");
        if (draft.targetDate() == null) {
            throw new DomainValidationException("goal.error.targetDate", "The date the target is to be met");
        }
        return new GoalDraft(title, draft.indicator(), dimension, draft.baseline(), draft.target(), draft.targetDate());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }
}
