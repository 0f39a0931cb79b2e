package se.hoglandet.platform.procurement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.assessment.AssessmentService;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RoleSets;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.tool.ToolService;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Joint procurements: the lead buyer's procurement staff run it (details, phases with planned and actual dates,
 * invitations, links); each participating organisation's procurement staff keep their own part (status, volume,
 * value); participants propose and support requirements (also clauses from the AI clause library); everyone who
 * reads it comments. Readable per the truth table: FEDERATION by default, participants always.
 */
@Service
@Transactional(readOnly = true)
public class ProcurementService {

    static final String RECORD_TYPE = "procurement";

    private final ProcurementRepository procurements;
    private final ParticipantRepository participants;
    private final PhaseStepRepository phases;
    private final RequirementRepository requirements;
    private final RequirementCommentRepository comments;
    private final ClauseLibrary clauses;
    private final InitiativeService initiatives;
    private final ToolService tools;
    private final AssessmentService assessments;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcurementService(
            ProcurementRepository procurements,
            ParticipantRepository participants,
            PhaseStepRepository phases,
            RequirementRepository requirements,
            RequirementCommentRepository comments,
            ClauseLibrary clauses,
            InitiativeService initiatives,
            ToolService tools,
            AssessmentService assessments,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.procurements = procurements;
        this.participants = participants;
        this.phases = phases;
        this.requirements = requirements;
        this.comments = comments;
        this.clauses = clauses;
        this.initiatives = initiatives;
        this.tools = tools;
        this.assessments = assessments;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    @RequiresLogin
    public Page<Procurement> list(ProcurementFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        Page<Procurement> page = procurements.findAll(
                VisibilityRules.<Procurement>readableBy(currentActor.get()).and(matching(filter)), ordered);
        page.forEach(p -> Hibernate.initialize(p.ownerOrganisation()));
        return page;
    }

    @RequiresLogin
    public ProcurementDetail detail(Long id) {
        Actor actor = currentActor.get();
        Procurement procurement = readable(id);
        List<Participant> all = participants.ofProcurement(id);
        List<Requirement> list = requirements.findByProcurementIdOrderById(id);
        list.forEach(Requirement::supportedBy);
        Map<Long, List<RequirementComment>> byRequirement =
                comments
                        .findByRequirementIdInOrderByCreatedAtAscIdAsc(
                                list.stream().map(Requirement::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                RequirementComment::requirementId, LinkedHashMap::new, Collectors.toList()));
        Participant mine = all.stream()
                .filter(p -> actor.belongsTo(p.organisation().id()))
                .findFirst()
                .orElse(null);
        boolean lead = isLeadStaff(actor, procurement);
        boolean procurementStaff = RoleSets.admits(actor, ProcurementStaff.class);
        return new ProcurementDetail(
                procurement,
                all,
                inPhaseOrder(id),
                list,
                byRequirement,
                linkTitles(procurement),
                lead,
                mine,
                procurementStaff && mine == null && !lead && procurement.phase().isOpenForParticipants(),
                lead || (procurementStaff && mine != null && mine.status() != ParticipantStatus.DECLINED),
                all.stream()
                        .filter(p -> procurementStaff && mayChangePart(actor, procurement, p))
                        .map(Participant::id)
                        .collect(Collectors.toSet()),
                list.stream()
                        .filter(r -> r.supportedBy().contains(actor.organisationId()))
                        .map(Requirement::id)
                        .collect(Collectors.toSet()));
    }

    /** Whether the current actor starts joint procurements (the role set that guards {@link #create}). */
    @RequiresLogin
    public boolean mayCreate() {
        return RoleSets.admits(currentActor.get(), ProcurementStaff.class);
    }

    @RequiresLogin
    public List<ClauseLibrary.Clause> clauseLibrary() {
        return clauses.all();
    }

    // ---- the lead buyer ---------------------------------------------------------------------------------

    /**
     * Starts a joint procurement led by the actor's organisation, inviting the given organisations, with planned
     * dates per phase (e.g. from an alignment suggestion).
     */
    @ProcurementStaff
    @Transactional
    public Procurement create(ProcurementDraft draft, Map<ProcurementPhase, LocalDate> planned) {
        Actor actor = currentActor.get();
        checkLinks(draft);
        Procurement procurement =
                procurements.save(new Procurement(organisation(actor.organisationId()), draft, clock.instant(), false));
        for (ProcurementPhase phase : ProcurementPhase.values()) {
            PhaseStep step = new PhaseStep(procurement.id(), phase);
            step.plan(planned == null ? null : planned.get(phase));
            if (phase == ProcurementPhase.NEEDS_ANALYSIS) {
                step.reached(today());
            }
            phases.save(step);
        }
        for (Long organisationId : draft.participantIds()) {
            if (!organisationId.equals(actor.organisationId())) {
                participants.save(new Participant(
                        procurement.id(), organisation(organisationId), actor.displayName(), clock.instant()));
            }
        }
        syncParticipants(procurement);
        audit.record(RECORD_TYPE, procurement.id(), "CREATED", AuditChange.of("title", null, procurement.title()));
        events.publishEvent(new ProcurementChanged(procurement.id()));
        return loaded(procurement);
    }

    @ProcurementStaff
    @Transactional
    public Procurement update(Long id, long expectedVersion, ProcurementDraft draft) {
        Procurement procurement = led(id, expectedVersion);
        checkLinks(draft);
        String before = procurement.title();
        procurement.write(draft, clock.instant());
        audit.record(RECORD_TYPE, id, "UPDATED", AuditChange.of("title", before, draft.title()));
        events.publishEvent(new ProcurementChanged(id));
        return loaded(procurements.saveAndFlush(procurement));
    }

    /** Planned dates per phase (the timeline); a phase left out keeps its date. */
    @ProcurementStaff
    @Transactional
    public Procurement plan(Long id, long expectedVersion, Map<ProcurementPhase, LocalDate> planned) {
        Procurement procurement = led(id, expectedVersion);
        for (PhaseStep step : phases.findByProcurementId(id)) {
            if (planned.containsKey(step.phase())) {
                step.plan(planned.get(step.phase()));
            }
        }
        procurement.touched(clock.instant());
        audit.record(
                RECORD_TYPE,
                id,
                "PLANNED",
                AuditChange.of("phases", null, planned.keySet().toString()));
        return loaded(procurements.saveAndFlush(procurement));
    }

    /**
     * Moves to the next phase, today. Publishing the tender needs every participant that has not declined to have
     * given its mandate (it is named in the tender documents).
     */
    @ProcurementStaff
    @Transactional
    public Procurement advance(Long id, long expectedVersion) {
        Procurement procurement = led(id, expectedVersion);
        if (procurement.phase().next() == ProcurementPhase.TENDER_PUBLISHED) {
            boolean mandates = participants.ofProcurement(id).stream()
                    .filter(p -> p.status() != ParticipantStatus.DECLINED)
                    .allMatch(p -> p.status().ordinal() >= ParticipantStatus.MANDATE_GIVEN.ordinal());
            if (!mandates) {
                throw new DomainValidationException(
                        "procurement.error.mandates",
                        "Every participant gives its mandate before the tender is published");
            }
        }
        ProcurementPhase from = procurement.advance(clock.instant());
        phases.findByProcurementIdAndPhase(id, procurement.phase()).ifPresent(step -> step.reached(today()));
        audit.record(RECORD_TYPE, id, "PHASE", AuditChange.of("phase", from, procurement.phase()));
        events.publishEvent(new ProcurementChanged(id));
        return loaded(procurements.saveAndFlush(procurement));
    }

    /** The lead invites another organisation (before the tender is published). */
    @ProcurementStaff
    @Transactional
    public Participant invite(Long id, Long organisationId) {
        Procurement procurement = readable(id);
        requireLead(procurement);
        return addParticipant(procurement, organisationId);
    }

    // ---- participants -----------------------------------------------------------------------------------

    /** The actor's organisation joins as interested (before the tender is published). */
    @ProcurementStaff
    @Transactional
    public Participant join(Long id) {
        Procurement procurement = readable(id);
        if (isLeadStaff(currentActor.get(), procurement)) {
            throw new DomainValidationException("participant.error.lead", "The lead buyer leads; it does not join");
        }
        return addParticipant(procurement, currentActor.get().organisationId());
    }

    /** An organisation's own status in the procurement, by its procurement staff (or the lead's). */
    @ProcurementStaff
    @Transactional
    public Participant changeStatus(Long participantId, long expectedVersion, ParticipantStatus target) {
        Participant participant = ownPart(participantId, expectedVersion);
        Procurement procurement =
                procurements.findById(participant.procurementId()).orElseThrow();
        ParticipantStatus from = participant.status();
        participant.moveTo(target, procurement.phase(), currentActor.get().displayName(), clock.instant());
        procurement.touched(clock.instant());
        audit.record(
                RECORD_TYPE,
                procurement.id(),
                "PARTICIPANT_STATUS",
                AuditChange.of(participant.organisation().code(), from, target));
        events.publishEvent(new ProcurementChanged(procurement.id()));
        return participants.saveAndFlush(participant);
    }

    /**
     * An organisation's own part — status, volume, value, contact — changed at once: a refused value leaves the
     * status as it was (one transaction), and a status that stays the same is no transition.
     */
    @ProcurementStaff
    @Transactional
    public Participant updatePart(Long participantId, long expectedVersion, ParticipantPart part) {
        Participant participant = ownPart(participantId, expectedVersion);
        Procurement procurement =
                procurements.findById(participant.procurementId()).orElseThrow();
        String byName = currentActor.get().displayName();
        ParticipantStatus from = participant.status();
        participant.describe(part.volume(), part.estimatedValue(), part.contactName(), byName, clock.instant());
        if (part.status() != null && part.status() != from) {
            participant.moveTo(part.status(), procurement.phase(), byName, clock.instant());
            audit.record(
                    RECORD_TYPE,
                    procurement.id(),
                    "PARTICIPANT_STATUS",
                    AuditChange.of(participant.organisation().code(), from, part.status()));
        }
        audit.record(
                RECORD_TYPE,
                procurement.id(),
                "PARTICIPANT_DESCRIBED",
                AuditChange.of(participant.organisation().code(), null, part.estimatedValue()));
        procurement.touched(clock.instant());
        events.publishEvent(new ProcurementChanged(procurement.id()));
        return participants.saveAndFlush(participant);
    }

    // ---- requirements -----------------------------------------------------------------------------------

    @ProcurementStaff
    @Transactional
    public Requirement addRequirement(Long id, String text) {
        Procurement procurement = forRequirements(id);
        return saveRequirement(procurement, Texts.required(text, 2000, "requirement.error.text"), null);
    }

    /** Adds a clause of the AI clause library to the requirements (once per procurement). */
    @ProcurementStaff
    @Transactional
    public Requirement addClause(Long id, String clauseKey) {
        Procurement procurement = forRequirements(id);
        ClauseLibrary.Clause clause = clauses.find(clauseKey)
                .orElseThrow(() -> new DomainValidationException("requirement.error.clause", "No such clause"));
        if (requirements.findByProcurementIdOrderById(id).stream().anyMatch(r -> clauseKey.equals(r.clauseKey()))) {
            throw new DomainValidationException("requirement.error.clauseTwice", "The clause is already a requirement");
        }
        return saveRequirement(procurement, clause.title() + ": " + clause.text(), clause.key());
    }

    /** The actor's organisation supports a requirement, or withdraws its support. */
    @ProcurementStaff
    @Transactional
    public Requirement support(Long requirementId, boolean supports) {
        Requirement requirement = requirements
                .findById(requirementId == null ? -1L : requirementId)
                .orElseThrow(ProcurementService::notFound);
        forRequirements(requirement.procurementId());
        requirement.support(currentActor.get().organisationId(), supports);
        audit.record(
                RECORD_TYPE,
                requirement.procurementId(),
                supports ? "SUPPORTED" : "SUPPORT_WITHDRAWN",
                AuditChange.of("requirement", null, requirementId));
        return requirement;
    }

    /** Anyone who reads the procurement comments on a requirement. */
    @RequiresLogin
    @Transactional
    public RequirementComment comment(Long requirementId, String body) {
        Requirement requirement = requirements
                .findById(requirementId == null ? -1L : requirementId)
                .orElseThrow(ProcurementService::notFound);
        readable(requirement.procurementId());
        Actor actor = currentActor.get();
        RequirementComment saved = comments.save(new RequirementComment(
                requirementId,
                actor.organisationId(),
                actor.displayName(),
                Texts.required(body, 2000, "comment.error.body"),
                clock.instant()));
        audit.record(
                RECORD_TYPE,
                requirement.procurementId(),
                "COMMENTED",
                AuditChange.of("requirement", null, requirementId));
        return saved;
    }

    // ---- for the search index and phase documents --------------------------------------------------------

    @SystemAccess("The search index re-reads a procurement after its change event, outside any user's request")
    public Optional<Procurement> findForIndexing(Long id) {
        return procurements.findById(id).map(ProcurementService::loaded);
    }

    @SystemAccess("Rebuilding the search index walks every procurement in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return procurements.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads procurements batch by batch, outside any user's request")
    public List<Procurement> loadForIndexing(Collection<Long> ids) {
        return procurements.findByIdIn(ids).stream()
                .map(ProcurementService::loaded)
                .toList();
    }

    // ---- rules ------------------------------------------------------------------------------------------

    /** The phases as the procurement runs through them (the column holds names, which sort otherwise). */
    private List<PhaseStep> inPhaseOrder(Long id) {
        return phases.findByProcurementId(id).stream()
                .sorted(java.util.Comparator.comparing(PhaseStep::phase))
                .toList();
    }

    static boolean isLeadStaff(Actor actor, Procurement procurement) {
        return RoleSets.admits(actor, ProcurementStaff.class)
                && actor.belongsTo(procurement.ownerOrganisation().id());
    }

    private Participant addParticipant(Procurement procurement, Long organisationId) {
        if (!procurement.phase().isOpenForParticipants()) {
            throw new DomainValidationException(
                    "participant.error.closed", "The tender is published: nobody joins now");
        }
        if (organisationId.equals(procurement.ownerOrganisation().id())
                || participants
                        .findByProcurementIdAndOrganisationId(procurement.id(), organisationId)
                        .isPresent()) {
            throw new DomainValidationException("participant.error.already", "The organisation already takes part");
        }
        Participant participant = participants.save(new Participant(
                procurement.id(),
                organisation(organisationId),
                currentActor.get().displayName(),
                clock.instant()));
        syncParticipants(procurement);
        procurement.touched(clock.instant());
        audit.record(
                RECORD_TYPE,
                procurement.id(),
                "PARTICIPANT_ADDED",
                AuditChange.of("organisation", null, participant.organisation().code()));
        events.publishEvent(new ProcurementChanged(procurement.id()));
        return participant;
    }

    private Requirement saveRequirement(Procurement procurement, String text, String clauseKey) {
        Actor actor = currentActor.get();
        Requirement saved = requirements.save(new Requirement(
                procurement.id(), text, clauseKey, actor.organisationId(), actor.displayName(), clock.instant()));
        procurement.touched(clock.instant());
        audit.record(
                RECORD_TYPE,
                procurement.id(),
                "REQUIREMENT_ADDED",
                AuditChange.of(
                        "requirement",
                        null,
                        clauseKey != null ? clauseKey : text.length() > 80 ? text.substring(0, 80) + "…" : text));
        events.publishEvent(new ProcurementChanged(procurement.id()));
        return saved;
    }

    /** The lead's and the (not declined) participants' procurement staff write the requirements. */
    private Procurement forRequirements(Long id) {
        Procurement procurement = readable(id);
        Actor actor = currentActor.get();
        boolean participant = participants
                .findByProcurementIdAndOrganisationId(id, actor.organisationId())
                .filter(p -> p.status() != ParticipantStatus.DECLINED)
                .isPresent();
        if (!isLeadStaff(actor, procurement) && !participant) {
            throw new PermissionDeniedException("Only the lead and the participants write the requirements");
        }
        return procurement;
    }

    /** An organisation's own part is changed by its procurement staff (the guard), or by the lead's. */
    private static boolean mayChangePart(Actor actor, Procurement procurement, Participant participant) {
        return actor.belongsTo(participant.organisation().id()) || isLeadStaff(actor, procurement);
    }

    private Participant ownPart(Long participantId, long expectedVersion) {
        Participant participant = participants
                .findById(participantId == null ? -1L : participantId)
                .orElseThrow(ProcurementService::notFound);
        Procurement procurement = readable(participant.procurementId());
        Actor actor = currentActor.get();
        if (!mayChangePart(actor, procurement, participant)) {
            throw new PermissionDeniedException(
                    "Only the organisation's own procurement staff, or the lead's, change its part");
        }
        if (participant.version() != expectedVersion) {
            throw new StaleEditException("Participant", participantId);
        }
        return participant;
    }

    private Procurement led(Long id, long expectedVersion) {
        Procurement procurement = readable(id);
        requireLead(procurement);
        if (procurement.version() != expectedVersion) {
            throw new StaleEditException("Procurement", id);
        }
        return procurement;
    }

    private void requireLead(Procurement procurement) {
        if (!isLeadStaff(currentActor.get(), procurement)) {
            throw new PermissionDeniedException("Only the lead buyer's procurement staff run the procurement");
        }
    }

    private Procurement readable(Long id) {
        Procurement procurement = id == null ? null : procurements.findById(id).orElse(null);
        if (procurement == null || !VisibilityRules.canRead(currentActor.get(), procurement)) {
            throw notFound();
        }
        return loaded(procurement);
    }

    private void syncParticipants(Procurement procurement) {
        procurement.replaceParticipatingOrganisations(participants.ofProcurement(procurement.id()).stream()
                .map(Participant::organisation)
                .toList());
    }

    /** Links only to what exists and the author may read. */
    private void checkLinks(ProcurementDraft draft) {
        for (ProcurementLink link : draft.links()) {
            boolean ok = switch (link.kind()) {
                case INITIATIVE -> initiatives.canRead(link.targetId());
                case TOOL -> tools.exists(link.targetId());
                case ASSESSMENT -> assessments.findReadable(link.targetId()).isPresent();
            };
            if (!ok) {
                throw new DomainValidationException("procurement.error.link", "No such " + link.kind());
            }
        }
    }

    private Map<ProcurementLink, String> linkTitles(Procurement procurement) {
        Map<ProcurementLink, String> titles = new HashMap<>();
        List<Long> assessmentIds = procurement.links().stream()
                .filter(l -> l.kind() == LinkKind.ASSESSMENT)
                .map(ProcurementLink::targetId)
                .toList();
        Map<Long, String> assessmentTitles = assessments.readableTitles(assessmentIds);
        for (ProcurementLink link : procurement.links()) {
            Optional<String> title = switch (link.kind()) {
                case INITIATIVE -> initiatives.readableTitle(link.targetId());
                case TOOL -> tools.nameOf(link.targetId());
                case ASSESSMENT -> Optional.ofNullable(assessmentTitles.get(link.targetId()));
            };
            title.ifPresent(t -> titles.put(link, t));
        }
        return titles;
    }

    private Organisation organisation(Long id) {
        Organisation organisation = id == null ? null : entityManager.find(Organisation.class, id);
        if (organisation == null || !organisation.isActive()) {
            throw new DomainValidationException("procurement.error.organisation", "Unknown or inactive organisation");
        }
        return organisation;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SwedishTime.ZONE));
    }

    private static Procurement loaded(Procurement procurement) {
        Hibernate.initialize(procurement.ownerOrganisation());
        procurement.participatingOrganisations();
        procurement.namedOrganisations();
        procurement.links();
        return procurement;
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("procurement.error.notFound", "No such procurement");
    }

    private static Specification<Procurement> matching(ProcurementFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.category() != null) {
                all.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.phase() != null) {
                all.add(cb.equal(root.get("phase"), filter.phase()));
            }
            if (filter.organisationId() != null) {
                var sub = query.subquery(Long.class);
                var correlated = sub.correlate(root);
                var member = correlated.join("participatingOrganisations");
                sub.select(member.get("id")).where(cb.equal(member.get("id"), filter.organisationId()));
                all.add(cb.or(
                        cb.equal(root.get("ownerOrganisation").get("id"), filter.organisationId()), cb.exists(sub)));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                all.add(cb.like(
                        cb.lower(root.get("title")), LikePatterns.containing(filter.text()), LikePatterns.ESCAPE));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
