package se.hoglandet.platform.lesson;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.LikePatterns;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;
import se.hoglandet.platform.visibility.EditScope;
import se.hoglandet.platform.visibility.VisibilityRules;

/**
 * Lessons learned. Project leads write them (on an initiative they work on, or standalone) and edit their
 * organisation's lessons; everyone who may read a lesson (truth table) can mark it useful and comment. The most
 * useful come first.
 */
@Service
@Transactional(readOnly = true)
public class LessonService {

    static final String RECORD_TYPE = "lesson";
    private static final Sort MOST_USEFUL_FIRST =
            Sort.by(Sort.Order.desc("usefulCount"), Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final LessonRepository lessons;
    private final LessonCommentRepository comments;
    private final UsefulMarkRepository marks;
    private final InitiativeService initiatives;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonService(
            LessonRepository lessons,
            LessonCommentRepository comments,
            UsefulMarkRepository marks,
            InitiativeService initiatives,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.lessons = lessons;
        this.comments = comments;
        this.marks = marks;
        this.initiatives = initiatives;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The PUBLIC lessons learnt from an initiative, newest first, at most {@code limit}: for the public site. */
    @AnonymousAccess
    public List<PublicLesson> publishedFor(Long initiativeId, int limit) {
        Specification<Lesson> published = VisibilityRules.<Lesson>readableBy(Actor.anonymous())
                .and((root, query, cb) -> cb.equal(root.get("initiativeId"), initiativeId));
        List<Lesson> newest = lessons.findBy(
                published,
                q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .limit(Math.max(1, Math.min(limit, 50)))
                        .all());
        return newest.stream().map(PublicLesson::of).toList();
    }

    /** Lessons the actor may read, most useful first unless sorted otherwise. */
    @RequiresLogin
    public Page<Lesson> list(LessonFilter filter, Pageable pageable) {
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), MOST_USEFUL_FIRST);
        return lessons.findAll(
                VisibilityRules.<Lesson>readableBy(currentActor.get()).and(matching(filter)), ordered);
    }

    @RequiresLogin
    public LessonDetail detail(Long id) {
        Actor actor = currentActor.get();
        Lesson lesson = readable(id);
        lesson.tags();
        lesson.namedOrganisations();
        return new LessonDetail(
                lesson,
                comments.findByLessonIdOrderByCreatedAtAscIdAsc(id),
                marks.existsByLessonIdAndPersonId(id, actor.personId()),
                VisibilityRules.editScope(actor, lesson, Role.PROJECT_LEAD) == EditScope.WHOLE,
                !actor.personId().equals(lesson.authorPersonId()));
    }

    /**
     * Whether the current actor writes lessons at all (project leads, as {@link #write} requires); on which
     * initiatives is the initiative's edit scope.
     */
    @RequiresLogin
    public boolean mayWrite() {
        return currentActor.get().hasRole(Role.PROJECT_LEAD);
    }

    /** Writes a lesson, on an initiative the project lead works on ({@code initiativeId}) or standalone (null). */
    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Lesson write(Long initiativeId, LessonDraft draft) {
        Actor actor = currentActor.get();
        if (initiativeId != null && initiatives.editScope(initiativeId) == EditScope.NONE) {
            throw new PermissionDeniedException("Lessons on an initiative are written by those who work on it");
        }
        Organisation owner = entityManager.find(Organisation.class, actor.organisationId());
        Lesson lesson =
                new Lesson(owner, initiativeId, draft, actor.personId(), actor.displayName(), clock.instant(), false);
        lesson.replaceNamedOrganisations(organisations(draft.namedOrganisationIds()));
        Lesson saved = lessons.saveAndFlush(lesson);
        audit.record(
                RECORD_TYPE,
                saved.id(),
                "CREATED",
                AuditChange.of("title", null, saved.title()),
                AuditChange.of("category", null, saved.category()),
                AuditChange.of("visibility", null, saved.visibility()));
        events.publishEvent(new LessonChanged(saved.id()));
        if (initiativeId != null) {
            events.publishEvent(new LessonAdded(saved.id(), saved.title(), initiativeId, actor.personId()));
        }
        return saved;
    }

    @RequiresRole(Role.PROJECT_LEAD)
    @Transactional
    public Lesson update(Long id, long expectedVersion, LessonDraft draft) {
        Lesson lesson = readable(id);
        if (VisibilityRules.editScope(currentActor.get(), lesson, Role.PROJECT_LEAD) != EditScope.WHOLE) {
            throw new PermissionDeniedException("Only the owner organisation's project leads edit a lesson");
        }
        if (lesson.version() != expectedVersion) {
            throw new StaleEditException("Lesson", id);
        }
        LessonDraft before = lesson.draft();
        lesson.write(draft, clock.instant());
        lesson.replaceNamedOrganisations(organisations(draft.namedOrganisationIds()));
        Lesson saved = lessons.saveAndFlush(lesson);
        audit.record(
                RECORD_TYPE,
                id,
                "CHANGED",
                AuditChange.of("title", before.title(), saved.title()),
                AuditChange.of("tried", before.tried(), saved.tried()),
                AuditChange.of("worked", before.worked(), saved.worked()),
                AuditChange.of("didNotWork", before.didNotWork(), saved.didNotWork()),
                AuditChange.of("recommendation", before.recommendation(), saved.recommendation()),
                AuditChange.of("category", before.category(), saved.category()),
                AuditChange.of("tags", new java.util.TreeSet<>(before.tags()), new java.util.TreeSet<>(saved.tags())),
                AuditChange.of("visibility", before.visibility(), saved.visibility()));
        events.publishEvent(new LessonChanged(id));
        return saved;
    }

    /** Marks a lesson useful (once per person; not one's own). Returns the new count. */
    @RequiresLogin
    @Transactional
    public int markUseful(Long id) {
        Lesson lesson = readable(id);
        Long me = currentActor.get().personId();
        if (me.equals(lesson.authorPersonId())) {
            throw new DomainValidationException("lesson.error.ownLesson", "Authors do not mark their own lessons");
        }
        if (!marks.existsByLessonIdAndPersonId(id, me)) {
            marks.saveAndFlush(new UsefulMark(id, me));
            lessons.recountUseful(id);
        }
        return lessons.findById(id).map(Lesson::usefulCount).orElse(0);
    }

    @RequiresLogin
    @Transactional
    public int unmarkUseful(Long id) {
        readable(id);
        marks.deleteByLessonIdAndPersonId(id, currentActor.get().personId());
        marks.flush();
        lessons.recountUseful(id);
        return lessons.findById(id).map(Lesson::usefulCount).orElse(0);
    }

    @RequiresLogin
    @Transactional
    public LessonComment comment(Long id, String body) {
        readable(id);
        Actor actor = currentActor.get();
        return comments.saveAndFlush(
                new LessonComment(id, actor.personId(), actor.displayName(), body, clock.instant()));
    }

    @SystemAccess("The search indexer reloads a changed lesson after the change, outside any user's request")
    public Optional<Lesson> findForIndexing(Long id) {
        return lessons.findWithOwnerById(id).map(LessonService::initialised);
    }

    @SystemAccess("Rebuilding the search index walks every lesson in id order, outside any user's request")
    public List<Long> idsForIndexing(long afterId, int limit) {
        return lessons.idsAfter(afterId, Limit.of(limit));
    }

    @SystemAccess("Rebuilding the search index loads lessons batch by batch, outside any user's request")
    public List<Lesson> loadForIndexing(Collection<Long> ids) {
        return lessons.findByIdIn(ids).stream().map(LessonService::initialised).toList();
    }

    private static Lesson initialised(Lesson lesson) {
        lesson.ownerOrganisation().name();
        lesson.participatingOrganisations();
        lesson.namedOrganisations();
        lesson.tags();
        return lesson;
    }

    private Lesson readable(Long id) {
        Lesson lesson = id == null ? null : lessons.findWithOwnerById(id).orElse(null);
        if (lesson == null || !VisibilityRules.canRead(currentActor.get(), lesson)) {
            throw new DomainValidationException("lesson.error.notFound", "No such lesson");
        }
        return lesson;
    }

    private List<Organisation> organisations(Collection<Long> ids) {
        return ids.stream()
                .map(id -> {
                    Organisation organisation = entityManager.find(Organisation.class, id);
                    if (organisation == null || !organisation.isActive()) {
                        throw new DomainValidationException(
                                "initiative.error.organisation", "Unknown or inactive organisation");
                    }
                    return organisation;
                })
                .toList();
    }

    static Specification<Lesson> matching(LessonFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.category() != null) {
                all.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.initiativeId() != null) {
                all.add(cb.equal(root.get("initiativeId"), filter.initiativeId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                all.add(cb.like(
                        cb.lower(root.get("title")), LikePatterns.containing(filter.text()), LikePatterns.ESCAPE));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
