package se.hoglandet.platform.academy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.audit.AuditChange;
import se.hoglandet.platform.audit.AuditLog;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;

/**
 * The academy's catalogue: courses and their sessions. Everybody signed in reads it (the audience limits who may
 * enrol, not who may look); an academy administrator manages the courses their own organisation organises:
 * sessions, the participant list, attendance and completion.
 */
@Service
@Transactional(readOnly = true)
public class CourseService {

    static final String RECORD_TYPE = "course";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CourseRepository courses;
    private final CourseSessionRepository sessions;
    private final EnrolmentRepository enrolments;
    private final EntityManager entityManager;
    private final CurrentActor currentActor;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseService(
            CourseRepository courses,
            CourseSessionRepository sessions,
            EnrolmentRepository enrolments,
            EntityManager entityManager,
            CurrentActor currentActor,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.courses = courses;
        this.sessions = sessions;
        this.enrolments = enrolments;
        this.entityManager = entityManager;
        this.currentActor = currentActor;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** A page of the catalogue, newest first (or in the order of {@code filter.ids()} when searching). */
    @RequiresLogin
    public Page<Course> catalogue(CourseFilter filter, Pageable pageable) {
        if (filter.ids() != null && filter.ids().isEmpty()) {
            return Page.empty(pageable);
        }
        Pageable ordered = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
        Page<Course> page = courses.findAll(matching(filter), ordered);
        page.forEach(c -> Hibernate.initialize(c.organiser()));
        if (filter.ids() != null) {
            List<Course> byRelevance = new ArrayList<>(page.getContent());
            byRelevance.sort(java.util.Comparator.comparingInt(c -> filter.ids().indexOf(c.id())));
            return new PageImpl<>(byRelevance, pageable, page.getTotalElements());
        }
        return page;
    }

    /** Whether the current actor creates courses (as {@link #create} requires). */
    @RequiresLogin
    public boolean mayCreate() {
        return currentActor.get().hasRole(Role.ACADEMY_ADMIN);
    }

    @RequiresLogin
    public CourseDetail detail(Long id) {
        Actor actor = currentActor.get();
        Course course = course(id);
        Instant now = clock.instant();
        List<SessionSummary> summaries = new ArrayList<>();
        for (CourseSession session : sessions.findByCourseIdOrderByFirstStartsAt(id)) {
            session.meetings();
            session.quotas();
            Enrolment mine = enrolments
                    .findBySessionIdAndPersonId(session.id(), actor.personId())
                    .filter(e -> e.status().isActive())
                    .orElse(null);
            long position = mine != null && mine.status() == EnrolmentStatus.WAITLISTED
                    ? enrolments.aheadInWaitlist(session.id(), mine.requestedAt(), mine.id()) + 1
                    : 0;
            summaries.add(new SessionSummary(
                    session,
                    enrolments.countBySessionIdAndStatus(session.id(), EnrolmentStatus.CONFIRMED),
                    enrolments.countBySessionIdAndStatus(session.id(), EnrolmentStatus.WAITLISTED),
                    mine,
                    position,
                    mine == null && course.isOpenTo(actor) && session.isRegistrationOpen(now),
                    mine != null && mine.cancellableAt(now),
                    actor.hasRole(Role.ORG_ADMIN) && !session.cancelled()));
        }
        return new CourseDetail(course, summaries, course.isOpenTo(actor), mayManage(actor, course));
    }

    /** The sessions of several courses (a page of the catalogue), in one query, meetings batch-loaded. */
    @RequiresLogin
    public List<CourseSession> sessionsOf(java.util.Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        List<CourseSession> found = sessions.findByCourseIdInOrderByFirstStartsAt(courseIds);
        found.forEach(CourseSession::meetings);
        return found;
    }

    /** The participants of a session, for the organiser's academy administrators. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    public List<Enrolment> participants(Long sessionId) {
        CourseSession session = managed(sessionId);
        List<Enrolment> all = enrolments.participants(session.id());
        all.forEach(Enrolment::attended);
        return all;
    }

    @RequiresRole(Role.ACADEMY_ADMIN)
    public CourseSession session(Long sessionId) {
        CourseSession session = managed(sessionId);
        session.meetings();
        session.quotas();
        loaded(session.course());
        return session;
    }

    // ---- writing ------------------------------------------------------------------------------------------

    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public Course create(CourseDraft draft) {
        Actor actor = currentActor.get();
        Course course = courses.save(new Course(
                entityManager.find(Organisation.class, actor.organisationId()), draft, clock.instant(), false));
        audit.record(RECORD_TYPE, course.id(), "CREATED", AuditChange.of("title", null, course.title()));
        events.publishEvent(new CourseChanged(course.id()));
        return loaded(course);
    }

    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public Course update(Long id, long expectedVersion, CourseDraft draft) {
        Course course = managedCourse(id);
        if (course.version() != expectedVersion) {
            throw new StaleEditException("Course", id);
        }
        String before = course.title();
        course.write(draft, clock.instant());
        Course saved = courses.saveAndFlush(course);
        audit.record(RECORD_TYPE, id, "UPDATED", AuditChange.of("title", before, saved.title()));
        events.publishEvent(new CourseChanged(id));
        return loaded(saved);
    }

    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public CourseSession addSession(Long courseId, SessionDraft draft) {
        Course course = managedCourse(courseId);
        CourseSession session = sessions.save(new CourseSession(course, draft, newCheckInCode()));
        course.write(course.asDraft(), clock.instant());
        audit.record(RECORD_TYPE, courseId, "SESSION_ADDED", AuditChange.of("session", null, session.name()));
        events.publishEvent(new CourseChanged(courseId));
        return session;
    }

    /**
     * Changes a session; a larger capacity (or quota) lets the waitlist move up at once, in order. A smaller capacity
     * than the confirmed participants is refused: nobody loses a confirmed seat by an edit.
     */
    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CourseSession updateSession(Long sessionId, long expectedVersion, SessionDraft draft) {
        managed(sessionId);
        CourseSession session = sessions.lockById(sessionId).orElseThrow(CourseService::notFound);
        if (session.version() != expectedVersion) {
            throw new StaleEditException("Session", sessionId);
        }
        if (draft.capacity() < enrolments.countBySessionIdAndStatus(sessionId, EnrolmentStatus.CONFIRMED)) {
            throw new DomainValidationException(
                    "session.error.belowConfirmed", "The capacity cannot go below the confirmed participants");
        }
        session.write(draft);
        sessions.saveAndFlush(session);
        Seats.promote(session, enrolments, events, clock.instant());
        audit.record(
                RECORD_TYPE, session.course().id(), "SESSION_CHANGED", AuditChange.of("session", null, session.name()));
        return session;
    }

    /** Cancels a session: every active enrolment is cancelled and the participants are told. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public CourseSession cancelSession(Long sessionId, long expectedVersion) {
        managed(sessionId);
        CourseSession session = sessions.lockById(sessionId).orElseThrow(CourseService::notFound);
        if (session.version() != expectedVersion) {
            throw new StaleEditException("Session", sessionId);
        }
        session.cancel();
        Instant now = clock.instant();
        for (Enrolment enrolment : enrolments.findBySessionIdAndStatusIn(
                sessionId,
                Set.of(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.PENDING_APPROVAL))) {
            enrolment.moveTo(EnrolmentStatus.CANCELLED, now);
            events.publishEvent(new EnrolmentNotice(enrolment.id(), EnrolmentNotice.Kind.SESSION_CANCELLED));
        }
        audit.record(
                RECORD_TYPE,
                session.course().id(),
                "SESSION_CANCELLED",
                AuditChange.of("session", null, session.name()));
        return sessions.saveAndFlush(session);
    }

    /** Attendance at one meeting: exactly the given confirmed participants were there. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public void recordAttendance(Long sessionId, int meeting, Set<Long> presentEnrolmentIds) {
        CourseSession session = managed(sessionId);
        if (meeting < 0 || meeting >= session.meetings().size()) {
            throw new DomainValidationException("session.error.meeting", "No such meeting");
        }
        Instant now = clock.instant();
        if (now.isBefore(session.meetings().get(meeting).startsAt())) {
            throw new DomainValidationException("session.error.meetingNotStarted", "Attendance after the start only");
        }
        for (Enrolment enrolment :
                enrolments.findBySessionIdAndStatusIn(sessionId, Set.of(EnrolmentStatus.CONFIRMED))) {
            enrolment.attendance(meeting, presentEnrolmentIds.contains(enrolment.id()), now);
        }
        audit.record(
                RECORD_TYPE,
                session.course().id(),
                "ATTENDANCE",
                AuditChange.of(
                        "meeting", null, session.name() + " #" + (meeting + 1) + ": " + presentEnrolmentIds.size()));
    }

    /** Marks a confirmed participant as having completed the course: the certificate gets its verification code. */
    @RequiresRole(Role.ACADEMY_ADMIN)
    @Transactional
    public Enrolment complete(Long enrolmentId, java.time.LocalDate on) {
        Enrolment enrolment =
                enrolments.findById(enrolmentId == null ? -1L : enrolmentId).orElseThrow(CourseService::notFound);
        managed(enrolment.session().id());
        if (enrolment.status() != EnrolmentStatus.CONFIRMED) {
            throw new DomainValidationException(
                    "enrolment.error.notConfirmed", "Only a confirmed participant completes");
        }
        java.time.ZoneId sweden = SwedishTime.ZONE;
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(sweden));
        if (on == null || on.isAfter(today)) {
            throw new DomainValidationException("enrolment.error.completedOn", "Completion is today or earlier");
        }
        // A course is completed once it has been held and the participant was there, never in advance.
        CourseSession session = enrolment.session();
        if (clock.instant().isBefore(session.meetings().getLast().startsAt())) {
            throw new DomainValidationException("enrolment.error.notHeld", "The last meeting has not begun");
        }
        if (on.isBefore(java.time.LocalDate.ofInstant(session.firstStartsAt(), sweden))) {
            throw new DomainValidationException(
                    "enrolment.error.completedBeforeStart", "Completion before the first meeting");
        }
        if (enrolment.attended().isEmpty()) {
            throw new DomainValidationException("enrolment.error.noAttendance", "No attendance recorded");
        }
        String code = enrolment.certificateCode() != null ? enrolment.certificateCode() : newCertificateCode();
        enrolment.complete(on, code, clock.instant());
        audit.record(
                RECORD_TYPE,
                enrolment.session().course().id(),
                "COMPLETED",
                AuditChange.of("participant", null, enrolment.personName()));
        return enrolment;
    }

    // ---- for the search index -----------------------------------------------------------------------------

    @SystemAccess("The search index re-reads a course after its change event, outside any user's request")
    public java.util.Optional<Course> findForIndexing(Long id) {
        return courses.findById(id).map(CourseService::loaded);
    }

    @SystemAccess("Rebuilding the search index walks every course, outside any user's request")
    public List<Course> allForIndexing() {
        return courses.findAll(Sort.by("id")).stream()
                .map(CourseService::loaded)
                .toList();
    }

    // ---- rules --------------------------------------------------------------------------------------------

    static boolean mayManage(Actor actor, Course course) {
        return actor.hasRole(Role.ACADEMY_ADMIN)
                && actor.belongsTo(course.organiser().id());
    }

    private Course course(Long id) {
        return courses.findById(id == null ? -1L : id)
                .map(CourseService::loaded)
                .orElseThrow(CourseService::notFound);
    }

    private Course managedCourse(Long id) {
        Course course = course(id);
        if (!mayManage(currentActor.get(), course)) {
            throw new PermissionDeniedException("Only the organiser's academy administrators manage the course");
        }
        return course;
    }

    private CourseSession managed(Long sessionId) {
        CourseSession session =
                sessions.findById(sessionId == null ? -1L : sessionId).orElseThrow(CourseService::notFound);
        managedCourse(session.course().id());
        return session;
    }

    private static Course loaded(Course course) {
        Hibernate.initialize(course.organiser());
        course.audienceRoles();
        course.audienceOrganisationIds();
        return course;
    }

    private String newCheckInCode() {
        String code;
        do {
            code = randomCode(6);
        } while (sessions.existsByCheckInCode(code));
        return code;
    }

    private static String newCertificateCode() {
        return randomCode(10);
    }

    static String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    static DomainValidationException notFound() {
        return new DomainValidationException("course.error.notFound", "No such course or session");
    }

    private static Specification<Course> matching(CourseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.topic() != null) {
                all.add(cb.equal(root.get("topic"), filter.topic()));
            }
            if (filter.format() != null) {
                all.add(cb.equal(root.get("format"), filter.format()));
            }
            if (filter.basicAiLiteracyOnly()) {
                all.add(cb.isTrue(root.get("basicAiLiteracy")));
            }
            if (filter.ids() != null) {
                all.add(root.get("id").in(filter.ids()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
