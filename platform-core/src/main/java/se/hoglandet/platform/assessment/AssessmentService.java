package se.hoglandet.platform.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RoleSets;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Legal assessments: written by the owner organisation's assessors, reviewed and signed off by the roles the
 * template requires, decided, frozen, versioned, shared per the truth table and adopted by other organisations.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    static final String RECORD_TYPE = "assessment";
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final AssessmentRepository assessments;
    private final AssessmentTemplateRepository templates;
    private final SignOffRepository signOffs;
    private final AssessmentCommentRepository comments;
    private final ReviewRequestRepository reviewRequests;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentService(
            AssessmentRepository assessments,
            AssessmentTemplateRepository templates,
            SignOffRepository signOffs,
            AssessmentCommentRepository comments,
            ReviewRequestRepository reviewRequests,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assessments = assessments;
        this.templates = templates;
        this.signOffs = signOffs;
        this.comments = comments;
        this.reviewRequests = reviewRequests;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** A page of the assessments the current actor may read, newest change first. */
    @RequiresLogin
    public Page<Assessment> list(AssessmentFilter filter, Pageable pageable) {
        Specification<Assessment> readable = VisibilityRules.readableBy(currentActor.get());
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), NEWEST_FIRST);
        Page<Assessment> page = assessments.findAll(readable.and(matching(filter)), ordered);
        page.forEach(a -> Hibernate.initialize(a.ownerOrganisation()));
        return page;
    }

    /**
     * How many approved assessments (with or without conditions) the reader may read, owned by the organisation
     * (every organisation when {@code organisationId} is null), decided in [from, until) (null bounds are open).
     */
    @RequiresLogin
    public long approvedCount(Long organisationId, Instant from, Instant until) {
        Specification<Assessment> approved = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(root.get("status").in(AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS));
            if (organisationId != null) {
                all.add(cb.equal(root.get("ownerOrganisation").get("id"), organisationId));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("decidedAt"), from));
            }
            if (until != null) {
                all.add(cb.lessThan(root.get("decidedAt"), until));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return assessments.count(
                VisibilityRules.<Assessment>readableBy(currentActor.get()).and(approved));
    }

    @RequiresLogin
    public AssessmentDetail detail(Long id) {
        Actor actor = currentActor.get();
        Assessment assessment = loaded(readable(id));
        TemplateDefinition definition = assessment.template().definition();
        List<SignOff> round = signOffs.findByAssessmentIdAndReviewRound(id, assessment.reviewRound());
        Assessment source = assessment.adoptedFromId() == null
                ? null
                : assessments
                        .findById(assessment.adoptedFromId())
                        .filter(a -> VisibilityRules.canRead(actor, a))
                        .orElse(null);
        List<AssessmentDetail.Adoption> adoptions = assessments.findByAdoptedFromIdOrderByCreatedAt(id).stream()
                .map(a -> new AssessmentDetail.Adoption(
                        VisibilityRules.canRead(actor, a) ? a.id() : null,
                        a.ownerOrganisation().name(),
                        a.createdAt()))
                .toList();
        List<AssessmentDetail.VersionSummary> versions =
                assessments.findBySeriesIdOrderByVersionNumber(assessment.seriesId()).stream()
                        .filter(a -> VisibilityRules.canRead(actor, a))
                        .map(a -> new AssessmentDetail.VersionSummary(
                                a.id(), a.versionNumber(), a.status(), a.decidedAt()))
                        .toList();
        Set<Role> maySignAs = assessment.status() != AssessmentStatus.IN_REVIEW
                ? Set.of()
                : pending(assessment, round).stream()
                        .filter(actor::hasRole)
                        .filter(role -> isOwnerStaff(actor, assessment) || isRequestedExpert(actor, assessment, role))
                        .collect(Collectors.toSet());
        boolean mayWrite = mayWrite(actor, assessment);
        List<ReviewRequest> requests = reviewRequests.findByAssessmentIdOrderByRequestedAt(id);
        return new AssessmentDetail(
                assessment,
                definition,
                round,
                pending(assessment, round),
                versions,
                source,
                source == null ? Set.of() : changedQuestions(source, assessment),
                source != null && !source.risks().equals(assessment.risks()),
                adoptions,
                definition.outcomesFor(assessment.answers()),
                comments.findByAssessmentIdOrderByCreatedAtAscIdAsc(id),
                requests,
                assessment.status() == AssessmentStatus.DRAFT && mayWrite,
                maySignAs,
                mayWrite && !assessment.status().isDecided(),
                assessment.status() == AssessmentStatus.IN_REVIEW
                        && mayWrite
                        && !barredAsLastSigner(actor, assessment, round),
                assessment.status().isDecided()
                        && mayWrite
                        && versions.getLast().id().equals(assessment.id()),
                mayAdopt(actor, assessment),
                requests.stream()
                        .filter(r -> r.isOpen() && r.expertPersonId().equals(actor.personId()))
                        .findFirst()
                        .orElse(null));
    }

    /** Whether the current actor may start an assessment (the same role set that guards {@link #create}). */
    @RequiresLogin
    public boolean mayCreate() {
        return RoleSets.admits(currentActor.get(), Assessors.class);
    }

    /**
     * The current actor's organisation's approved assessments (what its decisions, e.g. on a tool, may rest on),
     * by title, paged; {@code text} narrows by title or tool.
     */
    @RequiresLogin
    public Page<Assessment> approvedOfMyOrganisation(String text, Pageable pageable) {
        Actor actor = currentActor.get();
        Specification<Assessment> approved = (root, query, cb) -> cb.and(
                root.get("status").in(AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS),
                cb.equal(root.get("ownerOrganisation").get("id"), actor.organisationId()));
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by("title").and(Sort.by(Sort.Order.desc("versionNumber"))));
        Page<Assessment> page = assessments.findAll(
                VisibilityRules.<Assessment>readableBy(actor)
                        .and(approved)
                        .and(matching(new AssessmentFilter(null, null, null, null, text))),
                ordered);
        page.forEach(a -> Hibernate.initialize(a.ownerOrganisation()));
        return page;
    }

    /** The assessment, loaded, when the current actor may read it; empty when missing or unreadable. */
    @RequiresLogin
    public Optional<Assessment> findReadable(Long id) {
        try {
            return Optional.of(loaded(readable(id)));
        } catch (DomainValidationException notFound) {
            return Optional.empty();
        }
    }

    /** Titles of those of the given assessments the current actor may read, in one query. */
    @RequiresLogin
    public Map<Long, String> readableTitles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Specification<Assessment> wanted = (root, query, cb) -> root.get("id").in(ids);
        return assessments
                .findAll(VisibilityRules.<Assessment>readableBy(currentActor.get())
                        .and(wanted))
                .stream()
                .collect(Collectors.toMap(Assessment::id, a -> a.title() + " (v" + a.versionNumber() + ")"));
    }

    /**
     * A comment on one section, by anyone who may read the assessment (authors, reviewers, colleagues in other
     * organisations it is shared with); kept in every state, a decided version included.
     */
    @RequiresLogin
    @Transactional
    public AssessmentComment comment(Long id, String sectionKey, String body) {
        Assessment assessment = readable(id);
        boolean known = assessment.template().definition().sections().stream()
                .anyMatch(s -> s.key().equals(sectionKey));
        if (!known) {
            throw new DomainValidationException("assessment.error.section", "No such section");
        }
        Actor actor = currentActor.get();
        AssessmentComment saved = comments.save(
                new AssessmentComment(id, sectionKey, actor.personId(), actor.displayName(), body, clock.instant()));
        audit.record(RECORD_TYPE, id, "COMMENTED", AuditChange.of("section", null, sectionKey));
        return saved;
    }

    /** The assessment as a PDF for the diarium (Swedish layout), for whoever may read it. */
    @RequiresLogin
    public byte[] exportPdf(Long id) {
        return AssessmentExports.pdf(detail(id), clock.instant());
    }

    /** The risk register's measures as CSV (UTF-8), for follow-up. */
    @RequiresLogin
    public String exportActionPlan(Long id) {
        return AssessmentExports.actionPlanCsv(loaded(readable(id)));
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** Starts an assessment from a published template, owned by the author's organisation. */
    @Assessors
    @Transactional
    public Assessment create(Long templateId, AssessmentDraft draft) {
        Actor actor = currentActor.get();
        AssessmentTemplate template = templates
                .findById(templateId)
                .filter(t -> t.status() == TemplateStatus.PUBLISHED)
                .orElseThrow(
                        () -> new DomainValidationException("assessment.error.template", "No such published template"));
        Assessment assessment = new Assessment(
                organisation(actor.organisationId()), template, draft, null, actor.personId(), clock.instant(), false);
        share(assessment, draft);
        Assessment saved = assessments.save(assessment);
        audit.record(RECORD_TYPE, saved.id(), "CREATED", AuditChange.of("title", null, saved.title()));
        events.publishEvent(new AssessmentChanged(saved.id()));
        return loaded(saved);
    }

    @Assessors
    @Transactional
    public Assessment update(Long id, long expectedVersion, AssessmentDraft draft) {
        Assessment assessment = writable(id, expectedVersion);
        Map<String, String> answersBefore = assessment.answers();
        String titleBefore = assessment.title();
        assessment.write(draft, clock.instant());
        share(assessment, draft);
        Assessment saved = assessments.saveAndFlush(assessment);
        Set<String> changed = changedKeys(answersBefore, saved.answers());
        audit.record(
                RECORD_TYPE,
                id,
                "UPDATED",
                AuditChange.of("title", titleBefore, saved.title()),
                AuditChange.of("answers", null, changed.isEmpty() ? null : String.join(", ", changed)));
        events.publishEvent(new AssessmentChanged(id));
        return loaded(saved);
    }

    /** Sends a complete draft for review: every question shown must be answered. */
    @Assessors
    @Transactional
    public Assessment submit(Long id, long expectedVersion) {
        Assessment assessment = writable(id, expectedVersion);
        assessment.submit(clock.instant());
        audit.record(RECORD_TYPE, id, "SUBMITTED", AuditChange.of("status", "DRAFT", "IN_REVIEW"));
        events.publishEvent(new AssessmentChanged(id));
        events.publishEvent(new AssessmentSubmitted(
                id,
                assessment.ownerOrganisation().id(),
                assessment.title(),
                assessment.template().definition().requiredSignOffs(),
                currentActor.get().personId()));
        return loaded(assessments.saveAndFlush(assessment));
    }

    /**
     * A required participant signs off in the role the template asks for, or rejects with a reason; a rejection
     * sends the assessment back to its author for a new round. The participant is the owner organisation's holder
     * of the role, or an expert of another organisation asked through the expert pool to review in that role.
     */
    @Signers
    @Transactional
    public SignOff signOff(Long id, Role role, boolean approve, String reason) {
        Actor actor = currentActor.get();
        Assessment assessment = readable(id);
        boolean ownStaff = actor.hasRole(role) && isOwnerStaff(actor, assessment);
        if (!ownStaff && !isRequestedExpert(actor, assessment, role)) {
            throw new PermissionDeniedException("Only the owner organisation's " + role
                    + ", or an expert asked to review in that role, signs off in that role");
        }
        if (assessment.status() != AssessmentStatus.IN_REVIEW) {
            throw new DomainValidationException(
                    "assessment.error.notInReview", "Only an assessment in review is signed off");
        }
        List<SignOff> round = signOffs.findByAssessmentIdAndReviewRound(id, assessment.reviewRound());
        if (!pending(assessment, round).contains(role)) {
            throw new DomainValidationException(
                    "assessment.error.signOffNotPending", "This role is not asked to sign off, or has already done so");
        }
        String why = reason == null ? null : reason.strip();
        if (!approve && (why == null || why.isEmpty())) {
            throw new DomainValidationException("assessment.error.rejectionReason", "A rejection needs a reason");
        }
        if (why != null && why.length() > 2000) {
            throw new DomainValidationException("assessment.error.length", "At most 2000 characters");
        }
        SignOff signOff = signOffs.save(new SignOff(
                id,
                assessment.reviewRound(),
                role,
                actor.personId(),
                actor.displayName(),
                actor.organisationId(),
                approve,
                why == null || why.isEmpty() ? null : why,
                clock.instant()));
        audit.record(
                RECORD_TYPE,
                id,
                approve ? "SIGNED_OFF" : "SIGN_OFF_REJECTED",
                AuditChange.of(role.name(), null, approve ? "APPROVED" : "REJECTED: " + why));
        if (!approve) {
            assessment.returnToDraft(clock.instant());
            assessments.saveAndFlush(assessment);
        }
        events.publishEvent(new AssessmentChanged(id));
        events.publishEvent(new AssessmentSignedOff(
                id,
                assessment.ownerOrganisation().id(),
                assessment.title(),
                role,
                approve,
                actor.displayName(),
                actor.personId()));
        return signOff;
    }

    /**
     * The owner organisation decides: approval (with or without conditions) only once every required role has
     * signed off in this round; rejection at any point of the review. The decided version is frozen.
     */
    @Assessors
    @Transactional
    public Assessment decide(
            Long id, long expectedVersion, AssessmentStatus outcome, String conditions, LocalDate reviewDate) {
        Assessment assessment = loadForOwnerStaff(id, expectedVersion);
        List<SignOff> round = signOffs.findByAssessmentIdAndReviewRound(id, assessment.reviewRound());
        if (barredAsLastSigner(currentActor.get(), assessment, round)) {
            throw new DomainValidationException(
                    "assessment.error.lastSignerDecides",
                    "Who gave the last required sign-off does not also decide (separation of duties)");
        }
        if (outcome != null && outcome.isApproved()) {
            Set<Role> missing = pending(assessment, round);
            if (!missing.isEmpty()) {
                throw new DomainValidationException(
                        "assessment.error.signOffsMissing", "Sign-offs missing: " + missing);
            }
        }
        assessment.decide(
                Objects.requireNonNull(outcome, "outcome"),
                conditions,
                reviewDate,
                currentActor.get().displayName(),
                clock.instant());
        audit.record(
                RECORD_TYPE,
                id,
                "DECIDED",
                AuditChange.of("status", "IN_REVIEW", outcome.name()),
                AuditChange.of("reviewDate", null, reviewDate));
        events.publishEvent(new AssessmentChanged(id));
        events.publishEvent(new AssessmentDecided(
                id,
                assessment.ownerOrganisation().id(),
                assessment.title(),
                outcome,
                assessment.participatingOrganisations().stream()
                        .map(Organisation::id)
                        .collect(Collectors.toSet()),
                currentActor.get().personId()));
        return loaded(assessments.saveAndFlush(assessment));
    }

    /** A new draft version from the newest decided one; the decided version stays as it was. */
    @Assessors
    @Transactional
    public Assessment newVersion(Long id) {
        Actor actor = currentActor.get();
        Assessment decided = readable(id);
        if (!mayWrite(actor, decided)) {
            throw new PermissionDeniedException("Only the owner organisation's assessors start a new version");
        }
        List<Assessment> series = assessments.findBySeriesIdOrderByVersionNumber(decided.seriesId());
        if (!series.getLast().id().equals(decided.id())) {
            throw new DomainValidationException("assessment.error.notLatest", "A newer version exists");
        }
        Assessment next = assessments.save(decided.nextVersion(actor.personId(), clock.instant()));
        audit.record(RECORD_TYPE, next.id(), "NEW_VERSION", AuditChange.of("predecessor", null, decided.id()));
        events.publishEvent(new AssessmentChanged(next.id()));
        return loaded(next);
    }

    /**
     * Another organisation adopts an approved assessment as the start of its own: a new draft owned by the
     * adopter, recording where it came from, that needs its own sign-offs. Initiatives are not carried over (they
     * belong to the original's organisation); secrecy is.
     */
    @Assessors
    @Transactional
    public Assessment adopt(Long sourceId) {
        Actor actor = currentActor.get();
        Assessment source = readable(sourceId);
        if (!source.status().isApproved()) {
            throw new DomainValidationException(
                    "assessment.error.adoptApprovedOnly", "Only an approved assessment can be adopted");
        }
        if (source.ownerOrganisation().id().equals(actor.organisationId())) {
            throw new DomainValidationException(
                    "assessment.error.adoptOwn", "Start a new version of your own assessment instead");
        }
        AssessmentDraft copy = source.asDraft();
        AssessmentDraft draft = new AssessmentDraft(
                copy.title(),
                copy.tool(),
                null,
                copy.secret(),
                copy.secret() ? se.hoglandet.platform.visibility.Visibility.PRIVATE : copy.visibility(),
                Set.of(),
                Set.of(),
                Set.of(),
                copy.answers(),
                copy.risks());
        Assessment adopted = assessments.save(new Assessment(
                organisation(actor.organisationId()),
                source.template(),
                draft,
                source.id(),
                actor.personId(),
                clock.instant(),
                false));
        audit.record(RECORD_TYPE, adopted.id(), "ADOPTED", AuditChange.of("adoptedFrom", null, source.id()));
        audit.record(
                RECORD_TYPE,
                source.id(),
                "ADOPTED_BY",
                AuditChange.of("organisation", null, adopted.ownerOrganisation().name()));
        events.publishEvent(new AssessmentChanged(adopted.id()));
        return loaded(adopted);
    }

    // ---- search index -------------------------------------------------------------------------------------

    @SystemAccess("The search index re-reads an assessment after its change event, outside any user's request")
    public Optional<Assessment> findForIndexing(Long id) {
        return assessments.findById(id).map(AssessmentService::loaded);
    }

    @SystemAccess("Rebuilding the search index walks every assessment in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return assessments.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads assessments batch by batch, outside any user's request")
    public List<Assessment> loadForIndexing(Collection<Long> ids) {
        return assessments.findByIdIn(ids).stream()
                .map(AssessmentService::loaded)
                .toList();
    }

    // ---- review reminders ---------------------------------------------------------------------------------

    /** An approved assessment whose review date has passed, and whose owner's assessors are to be reminded. */
    public record ReviewDue(Long assessmentId, String title, Long ownerOrganisationId, LocalDate reviewDate) {}

    @SystemAccess("The daily review-reminder job runs outside any user's request")
    public List<ReviewDue> reviewsDue() {
        return assessments.dueForReview(LocalDate.now(clock.withZone(SwedishTime.ZONE))).stream()
                .map(a -> new ReviewDue(a.id(), a.title(), a.ownerOrganisation().id(), a.reviewDate()))
                .toList();
    }

    @SystemAccess("The daily review-reminder job records that it has reminded, so that it reminds once")
    @Transactional
    public void markReviewReminded(Long id) {
        assessments.findById(id).ifPresent(a -> a.reviewReminded(LocalDate.now(clock.withZone(SwedishTime.ZONE))));
    }

    // ---- rules --------------------------------------------------------------------------------------------

    /** The roles the template requires that have not approved in this round. */
    private static Set<Role> pending(Assessment assessment, List<SignOff> round) {
        Set<Role> pending =
                new LinkedHashSet<>(assessment.template().definition().requiredSignOffs());
        round.forEach(signOff -> pending.remove(signOff.role()));
        return pending;
    }

    /** Question keys whose answers differ between the adopted source and this assessment. */
    static Set<String> changedQuestions(Assessment source, Assessment assessment) {
        return changedKeys(source.answers(), assessment.answers());
    }

    private static Set<String> changedKeys(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        return keys.stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static boolean isOwnerStaff(Actor actor, Assessment assessment) {
        return !actor.isAnonymous() && assessment.ownerOrganisation().id().equals(actor.organisationId());
    }

    /** The truth table, plus the expert of an open review request (read access for that task). */
    private boolean mayRead(Actor actor, Assessment assessment) {
        return VisibilityRules.canRead(actor, assessment)
                || (!actor.isAnonymous()
                        && reviewRequests.existsByAssessmentIdAndExpertPersonIdAndStatus(
                                assessment.id(), actor.personId(), ReviewRequestStatus.OPEN));
    }

    /** Asked through the expert pool to sign off in this role, and the request is still open. */
    private boolean isRequestedExpert(Actor actor, Assessment assessment, Role role) {
        return !actor.isAnonymous()
                && actor.hasRole(role)
                && reviewRequests.existsByAssessmentIdAndExpertPersonIdAndExpertRoleAndStatus(
                        assessment.id(), actor.personId(), role, ReviewRequestStatus.OPEN);
    }

    static boolean mayWrite(Actor actor, Assessment assessment) {
        return isOwnerStaff(actor, assessment) && RoleSets.admits(actor, Assessors.class);
    }

    /** The rules of {@link #adopt}: another organisation's assessor, an approved assessment. */
    private static boolean mayAdopt(Actor actor, Assessment assessment) {
        return assessment.status().isApproved()
                && !isOwnerStaff(actor, assessment)
                && RoleSets.admits(actor, Assessors.class);
    }

    /**
     * Separation of duties: the person who gave the round's last required sign-off does not also decide, unless
     * the owner organisation allows it.
     */
    private static boolean barredAsLastSigner(Actor actor, Assessment assessment, List<SignOff> round) {
        if (assessment.ownerOrganisation().lastSignerMayDecide()
                || !pending(assessment, round).isEmpty()) {
            return false;
        }
        List<Role> required = assessment.template().definition().requiredSignOffs();
        return round.stream()
                .filter(signOff -> signOff.approved() && required.contains(signOff.role()))
                .max(java.util.Comparator.comparing(SignOff::signedAt).thenComparing(SignOff::id))
                .map(last -> Objects.equals(last.personId(), actor.personId()))
                .orElse(false);
    }

    /** Everything callers read, loaded inside the transaction: they get the record, not lazy proxies. */
    private static Assessment loaded(Assessment assessment) {
        Hibernate.initialize(assessment.template());
        Hibernate.initialize(assessment.ownerOrganisation());
        assessment.answers();
        assessment.risks();
        assessment.initiativeIds();
        assessment.participatingOrganisations();
        assessment.namedOrganisations();
        return assessment;
    }

    private Assessment readable(Long id) {
        Assessment assessment = id == null ? null : assessments.findById(id).orElse(null);
        // Unreadable and missing look the same.
        if (assessment == null || !mayRead(currentActor.get(), assessment)) {
            throw new DomainValidationException("assessment.error.notFound", "No such assessment");
        }
        return assessment;
    }

    private Assessment loadForOwnerStaff(Long id, long expectedVersion) {
        Assessment assessment = readable(id);
        if (!mayWrite(currentActor.get(), assessment)) {
            throw new PermissionDeniedException("Only the owner organisation's assessors change the assessment");
        }
        if (assessment.version() != expectedVersion) {
            throw new StaleEditException("Assessment", id);
        }
        return assessment;
    }

    private Assessment writable(Long id, long expectedVersion) {
        Assessment assessment = loadForOwnerStaff(id, expectedVersion);
        if (assessment.status() != AssessmentStatus.DRAFT) {
            throw new DomainValidationException("assessment.error.frozen", "Only a draft can be changed");
        }
        return assessment;
    }

    private void share(Assessment assessment, AssessmentDraft draft) {
        assessment.replaceNamedOrganisations(organisations(draft.namedOrganisationIds()));
        assessment.replaceParticipatingOrganisations(organisations(draft.participatingOrganisationIds()));
    }

    private List<Organisation> organisations(Set<Long> ids) {
        List<Organisation> found = new ArrayList<>();
        for (Long organisationId : ids) {
            found.add(organisation(organisationId));
        }
        return found;
    }

    private Organisation organisation(Long id) {
        Organisation organisation = id == null ? null : entityManager.find(Organisation.class, id);
        if (organisation == null || !organisation.isActive()) {
            throw new DomainValidationException("assessment.error.organisation", "Unknown or inactive organisation");
        }
        return organisation;
    }

    private static Specification<Assessment> matching(AssessmentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.type() != null) {
                all.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.organisationId() != null) {
                all.add(cb.equal(root.get("ownerOrganisation").get("id"), filter.organisationId()));
            }
            if (filter.initiativeId() != null) {
                all.add(cb.isMember(filter.initiativeId(), root.<Set<Long>>get("initiativeIds")));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String pattern = LikePatterns.containing(filter.text());
                all.add(cb.or(
                        cb.like(cb.lower(root.get("title")), pattern, LikePatterns.ESCAPE),
                        cb.like(cb.lower(root.get("tool")), pattern, LikePatterns.ESCAPE)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
