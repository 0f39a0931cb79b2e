package se.hoglandet.platform.guideline;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.organisation.OrganisationKind;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * AI guidelines as living documents: each organisation's guideline in versions, written by its administrators and
 * IT managers, commented on in review by its lawyers, DPOs, security and IT staff, decided by the body the
 * administrator names, then published as a public document; federation staff do the same for the federation's
 * template. Reading follows the visibility truth table (drafts default to private; published versions are public).
 * The clauses are edited through {@link GuidelineContentService}; adoption, comparison and exchange have their own
 * services.
 */
@Service
@Transactional(readOnly = true)
public class GuidelineService {

    public static final String RECORD_TYPE = "guideline";
    /** The review date comes this many days ahead on the start page and in the reminder. */
    static final int REVIEW_WARNING_DAYS = 30;

    static final Sort TEMPLATE_THEN_ORGANISATION = Sort.by(
            Sort.Order.desc("template"), Sort.Order.asc("ownerOrganisation.name"), Sort.Order.desc("versionNumber"));

    private final Guidelines guidelines;
    private final GuidelineCommentRepository comments;
    private final List<ControlReading> readings;

    GuidelineService(Guidelines guidelines, GuidelineCommentRepository comments, List<ControlReading> readings) {
        this.guidelines = guidelines;
        this.comments = comments;
        this.readings = readings;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /**
     * The guidelines the actor may read as they stand now: each series' newest version and its published one (no
     * superseded or left-behind versions), the federation's template first, then by organisation.
     */
    @RequiresLogin
    public Page<Guideline> list(GuidelineFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), TEMPLATE_THEN_ORGANISATION);
        return guidelines
                .repository()
                .findAll(
                        VisibilityRules.<Guideline>readableBy(guidelines.actor())
                                .and(GuidelineFilter.current())
                                .and(filter.matching()),
                        ordered);
    }

    @RequiresLogin
    public GuidelineDetail detail(Long id) {
        Actor actor = guidelines.actor();
        Guideline guideline = guidelines.readable(id);
        Optional<Guideline> source = Optional.ofNullable(guideline.sourceTemplateId())
                .flatMap(guidelines.repository()::findById)
                .map(Guidelines::loaded);
        Optional<Guideline> newestTemplate = source.isEmpty() ? Optional.empty() : guidelines.currentTemplate();
        int pending = source.isEmpty() || newestTemplate.isEmpty()
                ? 0
                : guidelines
                        .pendingUpstream(guideline, source.get(), newestTemplate.get())
                        .size();
        List<GuidelineDetail.VersionSummary> versions =
                guidelines.repository().findBySeriesIdOrderByVersionNumber(guideline.seriesId()).stream()
                        .filter(v -> VisibilityRules.canRead(actor, v))
                        .map(v -> new GuidelineDetail.VersionSummary(
                                v.id(), v.versionNumber(), v.status(), v.decidedOn()))
                        .toList();
        boolean writes = GuidelineRoles.writes(actor, guideline);
        boolean draft = guideline.status() == GuidelineStatus.DRAFT;
        boolean inReview = guideline.status() == GuidelineStatus.IN_REVIEW;
        boolean newest = versions.getLast().id().equals(guideline.id());
        return new GuidelineDetail(
                guideline,
                guidelines.topics(),
                source.map(s -> new GuidelineDetail.Source(
                                s.id(),
                                s.title(),
                                s.versionNumber(),
                                newestTemplate.map(Guideline::id).orElse(null),
                                newestTemplate.map(Guideline::versionNumber).orElse(0)))
                        .orElse(null),
                source.map(s -> LocalChanges.between(s, guideline)).orElse(LocalChanges.none()),
                pending,
                comments.findByGuidelineIdOrderByCreatedAtAscIdAsc(id).stream()
                        .collect(Collectors.groupingBy(
                                GuidelineComment::clauseKey, LinkedHashMap::new, Collectors.toList())),
                controls(guideline),
                versions,
                draft && writes,
                inReview && GuidelineRoles.reviews(actor, guideline),
                inReview && writes,
                inReview && GuidelineRoles.decides(actor, guideline),
                guideline.status() == GuidelineStatus.DECIDED && GuidelineRoles.decides(actor, guideline),
                guideline.status().isDecided() && writes && newest,
                pending > 0 && writes && newest);
    }

    /** What the current actor can start on the guidelines page, for their own organisation. */
    public record MyGuideline(
            Long newestId,
            GuidelineStatus newestStatus,
            boolean mayCreate,
            boolean mayImport,
            Long adoptableTemplateId) {}

    @RequiresLogin
    public MyGuideline mine() {
        Actor actor = guidelines.actor();
        Organisation own = guidelines.organisation(actor.organisationId());
        Optional<Guideline> newest = guidelines.newestOf(own.id());
        boolean writer = GuidelineRoles.writesFor(actor, own);
        boolean mayStartVersion =
                writer && newest.map(g -> g.status().isDecided()).orElse(true);
        Long adoptable = !mayStartVersion || own.kind() == OrganisationKind.FEDERATION
                ? null
                : guidelines
                        .currentTemplate()
                        .filter(t -> newest.map(g -> !t.id().equals(g.sourceTemplateId()))
                                .orElse(true))
                        .map(Guideline::id)
                        .orElse(null);
        return new MyGuideline(
                newest.map(Guideline::id).orElse(null),
                newest.map(Guideline::status).orElse(null),
                writer && newest.isEmpty(),
                mayStartVersion,
                adoptable);
    }

    /** The shared topic list, in its order. */
    @RequiresLogin
    public List<GuidelineTopic> topics() {
        return guidelines.topics();
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** Starts the organisation's guideline (one per organisation; later versions continue it). */
    @GuidelineWriters
    @Transactional
    public Guideline create(GuidelineDraft draft) {
        Actor actor = guidelines.actor();
        Organisation owner = ownWritable(actor);
        if (guidelines.newestOf(owner.id()).isPresent()) {
            throw new DomainValidationException(
                    "guideline.error.exists", "The organisation has a guideline: start a new version of it");
        }
        Guideline guideline = new Guideline(
                owner, draft, null, actor.personId(), guidelines.clock().instant(), false);
        guidelines.share(guideline, draft);
        return guidelines.saved(guideline, "CREATED", AuditChange.of("title", null, draft.title()));
    }

    @GuidelineWriters
    @Transactional
    public Guideline update(Long id, long expectedVersion, GuidelineDraft draft) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        GuidelineDraft before = guideline.draft();
        guideline.write(draft, guidelines.clock().instant());
        guidelines.share(guideline, draft);
        return guidelines.saved(
                guideline,
                "UPDATED",
                AuditChange.of("title", before.title(), draft.title()),
                AuditChange.of("summary", before.summary(), guideline.summary()),
                AuditChange.of("visibility", before.visibility(), draft.visibility()));
    }

    /** Sends a draft to the organisation's reviewers. */
    @GuidelineWriters
    @Transactional
    public Guideline submit(Long id, long expectedVersion) {
        Guideline guideline = guidelines.writable(id, expectedVersion);
        guideline.submit(guidelines.clock().instant());
        Guideline saved = guidelines.saved(guideline, "SUBMITTED", AuditChange.of("status", "DRAFT", "IN_REVIEW"));
        guidelines.publishEvent(new GuidelineSubmitted(
                id,
                saved.ownerOrganisation().id(),
                saved.title(),
                guidelines.actor().personId()));
        return saved;
    }

    /** Takes a version back from review to work the comments in. */
    @GuidelineWriters
    @Transactional
    public Guideline returnToDraft(Long id, long expectedVersion) {
        Guideline guideline = guidelines.readable(id);
        if (!GuidelineRoles.writes(guidelines.actor(), guideline)) {
            throw new PermissionDeniedException("Only the owner organisation's writers take a guideline back");
        }
        Guidelines.atVersion(guideline, expectedVersion)
                .returnToDraft(guidelines.clock().instant());
        return guidelines.saved(guideline, "RETURNED", AuditChange.of("status", "IN_REVIEW", "DRAFT"));
    }

    /** A reviewer's comment on one clause of a version in review. */
    @GuidelineReviewers
    @Transactional
    public GuidelineComment comment(Long id, String clauseKey, String body) {
        Actor actor = guidelines.actor();
        Guideline guideline = guidelines.readable(id);
        if (guideline.status() != GuidelineStatus.IN_REVIEW) {
            throw new DomainValidationException(
                    "guideline.error.status.IN_REVIEW", "Comments are made while the guideline is in review");
        }
        if (!GuidelineRoles.reviews(actor, guideline)) {
            throw new PermissionDeniedException("Only the owner organisation's reviewers comment");
        }
        guideline.clause(clauseKey);
        GuidelineComment saved = comments.saveAndFlush(new GuidelineComment(
                id,
                clauseKey,
                actor.personId(),
                actor.displayName(),
                body,
                guidelines.clock().instant()));
        guidelines.repository().flush();
        return saved;
    }

    /** Records the decision (which body, when, diary number, review date): the version is frozen from now on. */
    @GuidelineDeciders
    @Transactional
    public Guideline decide(Long id, long expectedVersion, DecisionDraft decision) {
        Guideline guideline = decidable(id, expectedVersion);
        guideline.decide(
                decision,
                guidelines.actor().displayName(),
                guidelines.today(),
                guidelines.clock().instant());
        return guidelines.saved(
                guideline,
                "DECIDED",
                AuditChange.of("status", "IN_REVIEW", "DECIDED"),
                AuditChange.of("decidedBy", null, guideline.decidedBy()),
                AuditChange.of("decidedOn", null, guideline.decidedOn()),
                AuditChange.of("diaryNumber", null, guideline.diaryNumber()),
                AuditChange.of("reviewDate", null, guideline.reviewDate()));
    }

    /** Publishes a decided version as a public document; the version published before it is superseded. */
    @GuidelineDeciders
    @Transactional
    public Guideline publish(Long id, long expectedVersion) {
        Guideline guideline = decidable(id, expectedVersion);
        var now = guidelines.clock().instant();
        for (Guideline earlier : guidelines.repository().findBySeriesIdOrderByVersionNumber(guideline.seriesId())) {
            if (earlier.status() == GuidelineStatus.PUBLISHED && !earlier.id().equals(id)) {
                earlier.supersede(now);
                guidelines.saved(earlier, "SUPERSEDED", AuditChange.of("status", "PUBLISHED", "SUPERSEDED"));
            }
        }
        Visibility before = guideline.visibility();
        guideline.publish(now);
        Guideline saved = guidelines.saved(
                guideline,
                "PUBLISHED",
                AuditChange.of("status", "DECIDED", "PUBLISHED"),
                AuditChange.of("visibility", before, Visibility.PUBLIC));
        if (saved.isTemplate()) {
            guidelines.publishEvent(new TemplatePublished(saved.id(), saved.title(), saved.versionNumber()));
        }
        return saved;
    }

    /** A new draft version from the newest decided one, which stays as it was. */
    @GuidelineWriters
    @Transactional
    public Guideline newVersion(Long id) {
        Actor actor = guidelines.actor();
        Guideline decided = guidelines.readable(id);
        if (!GuidelineRoles.writes(actor, decided)) {
            throw new PermissionDeniedException("Only the owner organisation's writers start a new version");
        }
        List<Guideline> series = guidelines.repository().findBySeriesIdOrderByVersionNumber(decided.seriesId());
        if (!series.getLast().id().equals(decided.id())) {
            throw new DomainValidationException("guideline.error.notNewest", "A newer version exists");
        }
        Guideline next =
                decided.nextVersion(actor.personId(), guidelines.clock().instant());
        Guideline saved = guidelines.saved(next, "NEW_VERSION", AuditChange.of("predecessor", null, decided.id()));
        // The decided one may stop being found by search now that it is no longer the newest.
        guidelines.publishEvent(new GuidelineChanged(decided.id()));
        return saved;
    }

    // ---- search index, reminders ----------------------------------------------------------------------------

    @SystemAccess("The search index re-reads a guideline after its change event, outside any user's request")
    public Optional<Guideline> findForIndexing(Long id) {
        return guidelines
                .repository()
                .findWithOwnerById(id)
                .filter(this::current)
                .map(Guidelines::loaded);
    }

    @SystemAccess("Rebuilding the search index walks every guideline in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return guidelines.repository().idsAfter(afterId, org.springframework.data.domain.Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads guidelines batch by batch, outside any user's request")
    public List<Guideline> loadForIndexing(Collection<Long> ids) {
        return guidelines.repository().findByIdIn(ids).stream()
                .filter(this::current)
                .map(Guidelines::loaded)
                .toList();
    }

    /** A decided guideline whose review date is near or past, and whose owner's writers are to be reminded. */
    public record ReviewDue(
            Long guidelineId, String title, Long ownerOrganisationId, boolean template, LocalDate reviewDate) {}

    @SystemAccess("The daily review-reminder job runs outside any user's request")
    public List<ReviewDue> reviewsDue() {
        return guidelines.repository().reviewsDueUnreminded(guidelines.today().plusDays(REVIEW_WARNING_DAYS)).stream()
                .map(g -> new ReviewDue(g.id(), g.title(), g.ownerOrganisation().id(), g.isTemplate(), g.reviewDate()))
                .toList();
    }

    @SystemAccess("The daily review-reminder job records that it has reminded, so that it reminds once")
    @Transactional
    public void markReviewReminded(Long id) {
        guidelines.repository().findById(id).ifPresent(g -> g.reviewReminded(guidelines.today()));
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /** Found by search: a series' newest version, and its published one. */
    private boolean current(Guideline guideline) {
        if (guideline.status() == GuidelineStatus.PUBLISHED) {
            return true;
        }
        return guideline.status() != GuidelineStatus.SUPERSEDED
                && guidelines
                        .repository()
                        .findBySeriesIdOrderByVersionNumber(guideline.seriesId())
                        .getLast()
                        .id()
                        .equals(guideline.id());
    }

    /** The live state of each control the guideline's clauses name, read from the capabilities now. */
    private Map<PlatformControl, ControlStatus> controls(Guideline guideline) {
        var named = guideline.clausesByKey().values().stream()
                .map(GuidelineClause::control)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<PlatformControl, ControlStatus> states = new EnumMap<>(PlatformControl.class);
        LocalDate today = guidelines.today();
        for (ControlReading reading : readings) {
            if (named.contains(reading.control())) {
                states.put(
                        reading.control(),
                        reading.readIn(guideline.ownerOrganisation().id(), today));
            }
        }
        return states;
    }

    private Organisation ownWritable(Actor actor) {
        Organisation own = guidelines.organisation(actor.organisationId());
        if (!GuidelineRoles.writesFor(actor, own)) {
            throw new PermissionDeniedException("Only the organisation's writers start its guideline");
        }
        return own;
    }

    private Guideline decidable(Long id, long expectedVersion) {
        Guideline guideline = guidelines.readable(id);
        if (!GuidelineRoles.decides(guidelines.actor(), guideline)) {
            throw new PermissionDeniedException("Only the owner organisation's administrators decide and publish");
        }
        return Guidelines.atVersion(guideline, expectedVersion);
    }
}
