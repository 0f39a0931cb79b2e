package se.hoglandet.platform.initiative;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.searchable.RecordTextSearch;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * The initiative register. Project leads (PROJECT_LEAD) of the owner organisation edit the whole initiative, those
 * of a participating organisation their own part (participation, measurements); everyone reads what the
 * visibility truth table allows; anonymous visitors read the published fields of PUBLIC initiatives only.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeService {

    static final String RECORD_TYPE = "initiative";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final InitiativeRepository initiatives;
    private final ParticipationRepository participations;
    private final LevelChangeRepository levelChanges;
    private final EffectIndicatorRepository effects;
    private final FollowerRepository followers;
    private final LessonCounts lessons;
    private final ProductionClearance productionClearance;
    private final ToolCatalogue tools;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<RecordTextSearch> textSearch;

    InitiativeService(
            InitiativeRepository initiatives,
            ParticipationRepository participations,
            LevelChangeRepository levelChanges,
            EffectIndicatorRepository effects,
            FollowerRepository followers,
            LessonCounts lessons,
            ProductionClearance productionClearance,
            ToolCatalogue tools,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            ObjectProvider<RecordTextSearch> textSearch) {
        this.initiatives = initiatives;
        this.participations = participations;
        this.levelChanges = levelChanges;
        this.effects = effects;
        this.followers = followers;
        this.lessons = lessons;
        this.productionClearance = productionClearance;
        this.tools = tools;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.textSearch = textSearch;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * A slice of the register as the current actor may read it, owners loaded: two statements whatever the size
     * (select, owners in one batch). No count: the register's grid and the pickers scroll on without a total, and
     * counting what a member may read (two membership subqueries a row) walked all 100 000 initiatives of the
     * register benchmark on every fetch, where the select stops after the page. The owners are not joined into the
     * select: with the join MariaDB sorts the whole table in a temporary table instead of walking the
     * {@code updated_at} index.
     */
    @RequiresLogin
    public Slice<Initiative> register(InitiativeFilter filter, Pageable pageable) {
        Actor actor = currentActor.get();
        Specification<Initiative> readable = VisibilityRules.readableBy(actor);
        return withOwners(initiatives.findBy(
                readable.and(matching(filter)).and(wordsMatching(filter, actor)),
                query -> query.slice(withDefaultOrder(pageable))));
    }

    /**
     * The public register: PUBLIC initiatives, published fields only, for anyone (signed in or not). A filter on a
     * field matches only where that field is published, so filtering cannot reveal what the owner did not publish;
     * the organisation is the owner (as the public figures count), and words match the title and the published text
     * (through the search index).
     */
    @AnonymousAccess
    public Page<PublicInitiative> publicRegister(InitiativeFilter filter, Pageable pageable) {
        Specification<Initiative> published = VisibilityRules.readableBy(Actor.anonymous());
        InitiativeFilter withoutOrganisation = new InitiativeFilter(
                null,
                filter.area(),
                filter.status(),
                filter.level(),
                filter.riskGroup(),
                filter.dataClass(),
                filter.aiType(),
                filter.text());
        return withOwners(initiatives.findAll(
                        published
                                .and(matching(withoutOrganisation))
                                .and(ownedBy(filter.organisationId()))
                                .and(onPublishedFields(filter))
                                .and(wordsMatching(filter, Actor.anonymous())),
                        withDefaultOrder(pageable)))
                .map(initiative -> PublicInitiative.of(initiative, null));
    }

    private static Specification<Initiative> ownedBy(Long organisationId) {
        return (root, query, cb) -> organisationId == null
                ? cb.conjunction()
                : cb.equal(root.get("ownerOrganisation").get("id"), organisationId);
    }

    /**
     * The filter's words, matched by the search index as {@code reader} may read (the engine applies visibility):
     * the matching ids narrow the database's query, which applies the other filters, the order and the paging.
     */
    private Specification<Initiative> wordsMatching(InitiativeFilter filter, Actor reader) {
        if (filter.text() == null || filter.text().isBlank()) {
            return (root, query, cb) -> cb.conjunction();
        }
        List<Long> ids =
                textSearch.getObject().matchingIds(RECORD_TYPE, filter.text().strip(), reader, RecordTextSearch.LIMIT);
        return (root, query, cb) ->
                ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids);
    }

    /**
     * How many PUBLIC initiatives each organisation owns (every municipality listed, with none too), and how many
     * fall in each (published) risk group.
     */
    @AnonymousAccess
    public PublicCounts publicCounts() {
        Map<Long, PublicCounts.PerOrganisation> byId = new LinkedHashMap<>();
        initiatives
                .publicCountsPerOwner()
                .forEach(row -> byId.put(
                        (Long) row[0],
                        new PublicCounts.PerOrganisation(
                                (Long) row[0], (String) row[1], (String) row[2], (Long) row[3])));
        initiatives
                .activeMunicipalities()
                .forEach(row -> byId.putIfAbsent(
                        (Long) row[0],
                        new PublicCounts.PerOrganisation((Long) row[0], (String) row[1], (String) row[2], 0)));
        java.text.Collator swedish = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("sv"));
        List<PublicCounts.PerOrganisation> perOrganisation = byId.values().stream()
                .sorted(Comparator.comparing(PublicCounts.PerOrganisation::name, swedish))
                .toList();
        Map<RiskGroup, Long> perRiskGroup = new java.util.EnumMap<>(RiskGroup.class);
        initiatives.publicCountsPerRiskGroup().forEach(row -> perRiskGroup.put((RiskGroup) row[0], (Long) row[1]));
        return new PublicCounts(perOrganisation, perRiskGroup);
    }

    /** Each filtered field must be published for a record to match (see {@link #publicRegister}). */
    private static Specification<Initiative> onPublishedFields(InitiativeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            java.util.function.Consumer<PublicField> requirePublished =
                    field -> all.add(cb.like(root.get("publicFields"), "%" + field.name() + "%"));
            if (filter.area() != null) {
                requirePublished.accept(PublicField.AREA);
            }
            if (filter.status() != null) {
                requirePublished.accept(PublicField.STATUS);
            }
            if (filter.level() != null) {
                requirePublished.accept(PublicField.COLLABORATION_LEVEL);
            }
            if (filter.riskGroup() != null) {
                requirePublished.accept(PublicField.AI_ACT);
            }
            if (filter.dataClass() != null) {
                requirePublished.accept(PublicField.DATA_CLASS);
            }
            if (filter.aiType() != null) {
                requirePublished.accept(PublicField.AI_TYPE);
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    /**
     * The next {@code size} PUBLIC initiatives with an id above {@code afterId}, by id, without a count: for
     * exports that walk the whole public register (an offset would make each later page slower).
     */
    @AnonymousAccess
    public List<PublicInitiative> publicRegisterAfter(InitiativeFilter filter, long afterId, int size) {
        Specification<Initiative> published = VisibilityRules.<Initiative>readableBy(Actor.anonymous())
                .and(matching(filter))
                .and(wordsMatching(filter, Actor.anonymous()))
                .and((root, query, cb) -> cb.greaterThan(root.get("id"), afterId));
        List<Initiative> batch = initiatives.findBy(
                published, q -> q.sortBy(Sort.by("id")).limit(size).all());
        batch.forEach(initiative -> Hibernate.initialize(initiative.ownerOrganisation()));
        return batch.stream()
                .map(initiative -> PublicInitiative.of(initiative, null))
                .toList();
    }

    /** Loads the owners of a page in one batch (see {@code Organisation}'s batch size), inside the transaction. */
    private static <S extends Slice<Initiative>> S withOwners(S slice) {
        slice.forEach(initiative -> Hibernate.initialize(initiative.ownerOrganisation()));
        return slice;
    }

    /** One PUBLIC initiative as everyone sees it, or empty if there is none (or it is not public). */
    @AnonymousAccess
    public Optional<PublicInitiative> publicInitiative(Long id) {
        return initiatives
                .findWithOwnerById(id)
                .filter(i -> VisibilityRules.canRead(Actor.anonymous(), i))
                .map(i -> PublicInitiative.of(
                        i,
                        // Effects are read only where they are published: they are shown nowhere else.
                        i.publicFields().contains(PublicField.EFFECTS)
                                ? effects.findByInitiativeIdOrderById(i.id())
                                : List.of()));
    }

    /** What the production gate says about this initiative now: the approved analysis, or what is missing. */
    @RequiresLogin
    public ProductionClearance.Clearance productionClearance(Long id) {
        Initiative initiative = readable(id);
        return productionClearance.check(id, initiative.ownerOrganisation().id());
    }

    /** Exactly what the public would see of this initiative if (or since) it is PUBLIC: for its editors. */
    @RequiresLogin
    public PublicInitiative publicPreview(Long id) {
        Initiative initiative = readable(id);
        return PublicInitiative.of(initiative, effects.findByInitiativeIdOrderById(id));
    }

    /** Everything the initiative's page shows, or a "not found" for records the actor may not read. */
    @RequiresLogin
    public InitiativeDetail detail(Long id) {
        Actor actor = currentActor.get();
        Initiative initiative = readable(id);
        Hibernate.initialize(initiative.participatingOrganisations());
        initiative.namedOrganisations();
        initiative.tags();
        initiative.toolIds();
        List<EffectIndicator> indicators = effects.findByInitiativeIdOrderById(id);
        indicators.forEach(EffectIndicator::measurements);
        return new InitiativeDetail(
                initiative,
                participations.findByInitiativeIdOrderById(id),
                indicators,
                levelChanges.findByInitiativeIdOrderByChangedAtDescIdDesc(id),
                lessons.lessonsOn(id),
                followers.existsByInitiativeIdAndPersonId(id, actor.personId()),
                VisibilityRules.editScope(actor, initiative, Role.PROJECT_LEAD),
                actor.organisationId());
    }

    /** Whether the current actor may read the initiative (for other capabilities linking to it). */
    /** The initiative's title, when the current actor may read it (for links from other records). */
    @RequiresLogin
    public Optional<String> readableTitle(Long id) {
        return id == null
                ? Optional.empty()
                : initiatives
                        .findById(id)
                        .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                        .map(Initiative::title);
    }

    /** Titles of those of the given initiatives the current actor may read, in one query (for lists of links). */
    @RequiresLogin
    public Map<Long, String> readableTitles(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Map.of();
        }
        Specification<Initiative> wanted = (root, query, cb) -> root.get("id").in(ids);
        return initiatives
                .findAll(VisibilityRules.<Initiative>readableBy(currentActor.get())
                        .and(wanted))
                .stream()
                .collect(Collectors.toMap(Initiative::id, Initiative::title));
    }

    @RequiresLogin
    public boolean canRead(Long id) {
        return initiatives
                .findById(id)
                .filter(i -> VisibilityRules.canRead(currentActor.get(), i))
                .isPresent();
    }

    /** The current actor's edit scope on an initiative they can read. */
    @RequiresLogin
    public EditScope editScope(Long id) {
        return VisibilityRules.editScope(currentActor.get(), readable(id), Role.PROJECT_LEAD);
    }

    // ---- writing --------------------------------------------------------------------------------------------

    /** Whether the current actor registers initiatives (as {@link #create} requires). */
    @RequiresLogin
    public boolean mayCreate() {
        return currentActor.get().hasRole(Role.PROJECT_LEAD);
    }

    /** Registers an initiative owned by the project lead's organisation, as an idea. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Initiative create(InitiativeDetails details, InitiativeSharing sharing, CollaborationLevel level) {
        Actor actor = currentActor.get();
        Organisation owner = activeOrganisation(actor.organisationId());
        Initiative initiative =
                new Initiative(owner, sharing.visibility(), details, level, actor.personId(), clock.instant(), false);
        applySharing(initiative, sharing);
        Initiative saved = initiatives.saveAndFlush(initiative);
        syncParticipations(saved);
        levelChanges.save(
                new LevelChange(saved.id(), null, level, "—", actor.personId(), actor.displayName(), clock.instant()));
        Map<String, Object> after = snapshot(saved);
        audit.record(RECORD_TYPE, saved.id(), "CREATED", changes(Map.of(), after));
        events.publishEvent(new InitiativeChanged(saved.id()));
        return saved;
    }

    /** Replaces description and sharing as a whole; refused (nothing saved) if someone saved in between. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Initiative update(Long id, long expectedVersion, InitiativeDetails details, InitiativeSharing sharing) {
        Initiative initiative = loadForEdit(id, expectedVersion, EditScope.WHOLE);
        Map<String, Object> before = snapshot(initiative);
        initiative.describe(details);
        applySharing(initiative, sharing);
        return saveChange(initiative, before, "CHANGED");
    }

    /** Moves the initiative along its lifecycle (see {@link InitiativeStatus#next()}). */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Initiative changeStatus(
            Long id, long expectedVersion, InitiativeStatus target, ProductionDecision decision) {
        Initiative initiative = loadForEdit(id, expectedVersion, EditScope.WHOLE);
        if (target == InitiativeStatus.ENDED && lessons.lessonsOn(id) == 0) {
            throw new DomainValidationException(
                    "initiative.error.endingNeedsLesson", "Ending an initiative requires at least one lesson learned");
        }
        ProductionDecision recorded = decision;
        if (target == InitiativeStatus.PRODUCTION && initiative.status().canMoveTo(target)) {
            ProductionClearance.Clearance clearance =
                    productionClearance.check(id, initiative.ownerOrganisation().id());
            if (!clearance.cleared()) {
                throw new DomainValidationException(
                        clearance.missing().getFirst(),
                        "Production needs an approved assessment: " + clearance.missing());
            }
            // The decision rests on the approved analysis in the portal, whatever reference was typed.
            recorded = decision == null
                    ? null
                    : new ProductionDecision(decision.decidedBy(), decision.decidedOn(), clearance.analysisReference());
        }
        InitiativeStatus from = initiative.status();
        Map<String, Object> before = snapshot(initiative);
        initiative.moveTo(target, recorded);
        Initiative saved = saveChange(initiative, before, "STATUS_CHANGED");
        events.publishEvent(new InitiativeStatusChanged(
                saved.id(), saved.title(), from, target, currentActor.get().personId()));
        return saved;
    }

    /** Changes the collaboration level, keeping who changed it, when and why. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Initiative changeLevel(Long id, long expectedVersion, CollaborationLevel level, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new DomainValidationException("initiative.error.levelReason", "Say why the level changes");
        }
        Initiative initiative = loadForEdit(id, expectedVersion, EditScope.WHOLE);
        CollaborationLevel from = initiative.collaborationLevel();
        if (from == level) {
            throw new DomainValidationException("initiative.error.sameLevel", "The initiative already has this level");
        }
        Map<String, Object> before = snapshot(initiative);
        initiative.changeLevel(level);
        Actor actor = currentActor.get();
        levelChanges.save(
                new LevelChange(id, from, level, why, actor.personId(), actor.displayName(), clock.instant()));
        return saveChange(initiative, before, "LEVEL_CHANGED");
    }

    /** The tools of the AI tools register the initiative uses, chosen by the owner organisation's project leads. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Initiative chooseTools(Long id, long expectedVersion, Set<Long> toolIds) {
        Set<Long> chosen = toolIds == null ? Set.of() : Set.copyOf(toolIds);
        if (chosen.size() > 20 || !tools.allExist(chosen)) {
            throw new DomainValidationException("initiative.error.tools", "Unknown tools, or more than 20");
        }
        Initiative initiative = loadForEdit(id, expectedVersion, EditScope.WHOLE);
        Set<Long> before = initiative.toolIds();
        if (before.equals(chosen)) {
            return initialised(initiative);
        }
        initiative.chooseTools(chosen);
        initiative.touched(clock.instant());
        Initiative saved = initiatives.saveAndFlush(initiative);
        audit.record(RECORD_TYPE, id, "TOOLS_CHOSEN", AuditChange.of("tools", ids(before), ids(chosen)));
        events.publishEvent(new InitiativeChanged(id));
        return initialised(saved);
    }

    /**
     * Where a tool is used: the initiatives using it that the current actor may read, newest change first (a slice:
     * no count, as in {@link #register}).
     */
    @RequiresLogin
    public Slice<Initiative> usingTool(Long toolId, Pageable pageable) {
        Specification<Initiative> readable = VisibilityRules.readableBy(currentActor.get());
        Specification<Initiative> usingTool = (root, query, cb) -> cb.isMember(toolId, root.<Set<Long>>get("toolIds"));
        return withOwners(
                initiatives.findBy(readable.and(usingTool), query -> query.slice(withDefaultOrder(pageable))));
    }

    private static String ids(Set<Long> ids) {
        return ids.isEmpty()
                ? null
                : ids.stream().sorted().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** A participating organisation's own part: its role, status and a note. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Participation updateParticipation(
            Long participationId,
            long expectedVersion,
            ParticipationRole role,
            ParticipationStatus status,
            String note) {
        Participation participation = participations.findById(participationId).orElseThrow(InitiativeService::notFound);
        Initiative initiative = readable(participation.initiativeId());
        requireOwnPartOrWhole(initiative, participation.organisation().id());
        if (participation.version() != expectedVersion) {
            throw new StaleEditException("Participation", participationId);
        }
        String before = participation.role() + "/" + participation.status();
        participation.change(role, status, note);
        Participation saved = participations.saveAndFlush(participation);
        audit.record(
                RECORD_TYPE,
                initiative.id(),
                "PARTICIPATION_CHANGED",
                AuditChange.of(
                        "participation." + participation.organisation().code(),
                        before,
                        saved.role() + "/" + saved.status()));
        touch(initiative);
        return saved;
    }

    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public EffectIndicator addEffect(
            Long initiativeId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        Initiative initiative = readable(initiativeId);
        requireScope(initiative, EditScope.WHOLE);
        EffectIndicator indicator =
                effects.saveAndFlush(new EffectIndicator(initiativeId, name, unit, baseline, target));
        audit.record(
                RECORD_TYPE,
                initiativeId,
                "EFFECT_ADDED",
                AuditChange.of(
                        "effect",
                        null,
                        indicator.name() + " (" + indicator.unit() + "): "
                                + indicator.baseline().stripTrailingZeros().toPlainString() + " → "
                                + indicator.target().stripTrailingZeros().toPlainString()));
        touch(initiative);
        return indicator;
    }

    /** Records a measured value; staff of the owner and of participating organisations may measure. */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Measurement recordMeasurement(Long indicatorId, LocalDate on, BigDecimal value, String note) {
        EffectIndicator indicator = effects.findById(indicatorId).orElseThrow(InitiativeService::notFound);
        Initiative initiative = readable(indicator.initiativeId());
        if (VisibilityRules.editScope(currentActor.get(), initiative, Role.PROJECT_LEAD) == EditScope.NONE) {
            throw new PermissionDeniedException("Only the initiative's own project leads record effects");
        }
        Measurement measurement = indicator.record(on, value, note, LocalDate.now(clock.withZone(SwedishTime.ZONE)));
        effects.saveAndFlush(indicator);
        audit.record(
                RECORD_TYPE,
                initiative.id(),
                "MEASUREMENT_RECORDED",
                AuditChange.of(
                        "effect." + indicator.name(),
                        null,
                        on + ": " + value.stripTrailingZeros().toPlainString()));
        touch(initiative);
        return measurement;
    }

    /** Follows an initiative the actor can read: they are notified of status changes and new lessons. */
    @RequiresLogin
    @Transactional
    public void follow(Long id) {
        readable(id);
        Long me = currentActor.get().personId();
        if (!followers.existsByInitiativeIdAndPersonId(id, me)) {
            followers.save(new Follower(id, me));
        }
    }

    @RequiresLogin
    @Transactional
    public void unfollow(Long id) {
        followers.deleteByInitiativeIdAndPersonId(id, currentActor.get().personId());
    }

    // ---- for the platform: indexing, notifications ----------------------------------------------------------

    @SystemAccess("The search indexer reloads a changed initiative after the change, outside any user's request")
    public Optional<Initiative> findForIndexing(Long id) {
        return initiatives.findWithOwnerById(id).map(InitiativeService::initialised);
    }

    @SystemAccess("Rebuilding the search index walks every initiative in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return initiatives.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads initiatives batch by batch, outside any user's request")
    public List<Initiative> loadForIndexing(Collection<Long> ids) {
        return initiatives.findByIdIn(ids).stream()
                .map(InitiativeService::initialised)
                .toList();
    }

    /** The people following an initiative who may still read it. */
    @SystemAccess("Notifying followers after a change, outside the changing user's request")
    public List<Long> followersOf(Long id) {
        return followers.findByInitiativeId(id).stream().map(Follower::personId).toList();
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private static Initiative initialised(Initiative initiative) {
        Hibernate.initialize(initiative.ownerOrganisation());
        initiative.participatingOrganisations();
        initiative.namedOrganisations();
        initiative.tags();
        initiative.toolIds();
        return initiative;
    }

    private Initiative saveChange(Initiative initiative, Map<String, Object> before, String action) {
        initiative.touched(clock.instant());
        Initiative saved = initiatives.saveAndFlush(initiative);
        syncParticipations(saved);
        audit.record(RECORD_TYPE, saved.id(), action, changes(before, snapshot(saved)));
        events.publishEvent(new InitiativeChanged(saved.id()));
        return saved;
    }

    /** A change to a part (participation, effect) makes the initiative "updated" too, and reindexes it. */
    private void touch(Initiative initiative) {
        initiative.touched(clock.instant());
        initiatives.saveAndFlush(initiative);
        events.publishEvent(new InitiativeChanged(initiative.id()));
    }

    private Initiative readable(Long id) {
        Initiative initiative =
                id == null ? null : initiatives.findWithOwnerById(id).orElse(null);
        // Unreadable and missing look the same, so that nobody learns what exists behind the table.
        if (initiative == null || !VisibilityRules.canRead(currentActor.get(), initiative)) {
            throw notFound();
        }
        return initiative;
    }

    private Initiative loadForEdit(Long id, long expectedVersion, EditScope needed) {
        Initiative initiative = readable(id);
        requireScope(initiative, needed);
        if (initiative.version() != expectedVersion) {
            throw new StaleEditException("Initiative", id);
        }
        return initiative;
    }

    private void requireScope(Initiative initiative, EditScope needed) {
        EditScope scope = VisibilityRules.editScope(currentActor.get(), initiative, Role.PROJECT_LEAD);
        if (scope != needed && scope != EditScope.WHOLE) {
            throw new PermissionDeniedException("Only the owner organisation's project leads change the initiative");
        }
    }

    private void requireOwnPartOrWhole(Initiative initiative, Long partOrganisationId) {
        Actor actor = currentActor.get();
        EditScope scope = VisibilityRules.editScope(actor, initiative, Role.PROJECT_LEAD);
        boolean own = scope == EditScope.OWN_PART && actor.belongsTo(partOrganisationId);
        if (scope != EditScope.WHOLE && !own) {
            throw new PermissionDeniedException("Staff of a participating organisation edit their own part only");
        }
    }

    private void applySharing(Initiative initiative, InitiativeSharing sharing) {
        initiative.changeVisibility(sharing.visibility());
        initiative.replaceParticipatingOrganisations(activeOrganisations(sharing.participatingOrganisationIds()));
        initiative.replaceNamedOrganisations(activeOrganisations(sharing.namedOrganisationIds()));
        initiative.publish(sharing.publicFields());
    }

    /** One participation per participating organisation: new ones are added, those no longer taking part go. */
    private void syncParticipations(Initiative initiative) {
        List<Participation> existing = participations.findByInitiativeIdOrderById(initiative.id());
        Set<Long> wanted = initiative.participatingOrganisations().stream()
                .map(Organisation::id)
                .collect(Collectors.toSet());
        Set<Long> present = new HashSet<>();
        for (Participation participation : existing) {
            if (wanted.contains(participation.organisation().id())) {
                present.add(participation.organisation().id());
            } else {
                participations.delete(participation);
            }
        }
        for (Organisation organisation : initiative.participatingOrganisations()) {
            if (!present.contains(organisation.id())) {
                participations.save(new Participation(initiative.id(), organisation));
            }
        }
    }

    private Organisation activeOrganisation(Long id) {
        Organisation organisation = id == null ? null : entityManager.find(Organisation.class, id);
        if (organisation == null || !organisation.isActive()) {
            throw new DomainValidationException("initiative.error.organisation", "Unknown or inactive organisation");
        }
        return organisation;
    }

    private List<Organisation> activeOrganisations(Collection<Long> ids) {
        return ids.stream().map(this::activeOrganisation).toList();
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("initiative.error.notFound", "No such initiative");
    }

    private static Pageable withDefaultOrder(Pageable pageable) {
        return pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
    }

    /** The filter's choices but its words (see {@link #wordsMatching}) as a query predicate; each narrows. */
    static Specification<Initiative> matching(InitiativeFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.organisationId() != null) {
                Subquery<Long> participant = query.subquery(Long.class);
                var correlated = participant.correlate(root);
                var organisation = correlated.join("participatingOrganisations");
                participant
                        .select(organisation.get("id"))
                        .where(cb.equal(organisation.get("id"), filter.organisationId()));
                all.add(cb.or(
                        cb.equal(root.get("ownerOrganisation").get("id"), filter.organisationId()),
                        cb.exists(participant)));
            }
            addEqual(all, cb, root.get("area"), filter.area());
            addEqual(all, cb, root.get("status"), filter.status());
            addEqual(all, cb, root.get("collaborationLevel"), filter.level());
            addEqual(all, cb, root.get("riskGroup"), filter.riskGroup());
            addEqual(all, cb, root.get("dataClass"), filter.dataClass());
            addEqual(all, cb, root.get("aiType"), filter.aiType());
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static void addEqual(
            List<Predicate> all,
            jakarta.persistence.criteria.CriteriaBuilder cb,
            jakarta.persistence.criteria.Path<Object> path,
            Object value) {
        if (value != null) {
            all.add(cb.equal(path, value));
        }
    }

    /** The audited fields of an initiative, by name, as they read in the history. */
    private static Map<String, Object> snapshot(Initiative initiative) {
        Map<String, Object> fields = new LinkedHashMap<>();
        InitiativeDetails details = initiative.details();
        for (var component : InitiativeDetails.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(details);
                fields.put(component.getName(), value instanceof Set<?> set ? new java.util.TreeSet<>(set) : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        fields.put("visibility", initiative.visibility());
        fields.put("participatingOrganisations", codes(initiative.participatingOrganisations()));
        fields.put("namedOrganisations", codes(initiative.namedOrganisations()));
        fields.put("publicFields", new java.util.TreeSet<>(initiative.publicFields()));
        fields.put("status", initiative.status());
        fields.put("collaborationLevel", initiative.collaborationLevel().number());
        return fields;
    }

    private static String codes(Set<Organisation> organisations) {
        return organisations.stream().map(Organisation::code).sorted().collect(Collectors.joining(", "));
    }

    private static AuditChange[] changes(Map<String, Object> before, Map<String, Object> after) {
        return after.keySet().stream()
                .map(field -> AuditChange.of(field, emptyAsNull(before.get(field)), emptyAsNull(after.get(field))))
                .filter(Objects::nonNull)
                .toArray(AuditChange[]::new);
    }

    private static Object emptyAsNull(Object value) {
        return value instanceof Collection<?> c && c.isEmpty() || "".equals(value) ? null : value;
    }
}
