package se.hoglandet.platform.academy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import se.hoglandet.platform.initiative.InitiativeService;
import se.hoglandet.platform.person.Person;
import se.hoglandet.platform.person.PersonService;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.CurrentActor;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.shared.StaleEditException;
import se.hoglandet.platform.shared.SwedishTime;
import se.hoglandet.platform.shared.guard.AnonymousAccess;
import se.hoglandet.platform.shared.guard.RequiresLogin;
import se.hoglandet.platform.shared.guard.RequiresRole;
import se.hoglandet.platform.shared.guard.SystemAccess;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolment in the academy's sessions. Every change to who holds a seat runs with the session row locked
 * ({@code SELECT … FOR UPDATE}) and reads committed data after taking the lock (READ COMMITTED: under MariaDB's
 * default REPEATABLE READ, a count could come from a snapshot taken before the lock), so concurrent enrolments for
 * the last seat never overbook; the waitlist moves up
 * first come, first served, respecting quotas. Enrolments are personal data: the participant reads and exports
 * theirs, their organisation's administrators their staff's, the organiser's academy administrators a session's.
 */
@Service
@Transactional(readOnly = true)
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final CourseSessionRepository sessions;
    private final PersonService people;
    private final InitiativeService initiatives;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;
    private final int retentionMonths;

    EnrolmentService(
            EnrolmentRepository enrolments,
            CourseSessionRepository sessions,
            PersonService people,
            InitiativeService initiatives,
            CurrentActor currentActor,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
            @Value("${portal.academy.retention-months:36}") int retentionMonths) {
        this.enrolments = enrolments;
        this.sessions = sessions;
        this.people = people;
        this.initiatives = initiatives;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.retentionMonths = retentionMonths;
    }

    // ---- enrolling ----------------------------------------------------------------------------------------

    /** Enrols the current person: a seat if one is free, else the waitlist (or the manager's approval first). */
    @RequiresLogin
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Enrolment enrol(Long sessionId) {
        Actor actor = currentActor.get();
        return place(sessionId, actor, actor.personId(), actor.displayName(), actor.organisationId(), null);
    }

    /** An organisation administrator enrols one of their own staff (no further approval needed). */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Enrolment enrolStaff(Long sessionId, Long personId) {
        Actor admin = currentActor.get();
        Person person = people.findById(personId == null ? -1L : personId)
                .filter(p -> p.organisation().id().equals(admin.organisationId()))
                .orElseThrow(() -> new DomainValidationException("enrolment.error.staff", "Not one of your staff"));
        Actor participant = new Actor(
                person.id(),
                person.displayName(),
                person.organisation().id(),
                person.organisation().code(),
                person.roles());
        return place(
                sessionId,
                participant,
                person.id(),
                person.displayName(),
                person.organisation().id(),
                admin.displayName());
    }

    private Enrolment place(
            Long sessionId, Actor participant, Long personId, String name, Long organisationId, String enrolledBy) {
        CourseSession session =
                sessions.lockById(sessionId == null ? -1L : sessionId).orElseThrow(CourseService::notFound);
        Instant now = clock.instant();
        if (!session.isRegistrationOpen(now)) {
            throw new DomainValidationException("enrolment.error.closed", "Registration is not open");
        }
        if (!session.course().isOpenTo(participant)) {
            throw new DomainValidationException("enrolment.error.audience", "The course is not open to this person");
        }
        Enrolment enrolment = enrolments
                .findBySessionIdAndPersonId(sessionId, personId)
                .orElseGet(() -> new Enrolment(session, personId, name, organisationId, enrolledBy, now));
        if (enrolment.status().isActive()) {
            throw new DomainValidationException("enrolment.error.already", "Already enrolled");
        }
        enrolment.request(enrolledBy, now);
        EnrolmentNotice.Kind told;
        if (session.managerApproval() && enrolledBy == null) {
            enrolment.moveTo(EnrolmentStatus.PENDING_APPROVAL, now);
            told = EnrolmentNotice.Kind.PENDING_APPROVAL;
        } else if (Seats.free(session, organisationId, enrolments)) {
            enrolment.moveTo(EnrolmentStatus.CONFIRMED, now);
            told = EnrolmentNotice.Kind.CONFIRMED;
        } else {
            enrolment.moveTo(EnrolmentStatus.WAITLISTED, now);
            told = EnrolmentNotice.Kind.WAITLISTED;
        }
        Enrolment saved = enrolments.saveAndFlush(enrolment);
        events.publishEvent(new EnrolmentNotice(saved.id(), told));
        return saved;
    }

    /** The participant's manager (an administrator of their organisation) approves: a seat, or the waitlist. */
    @RequiresRole(Role.ORG_ADMIN)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Enrolment approve(Long enrolmentId) {
        Enrolment pending = pendingOfMyStaff(enrolmentId);
        CourseSession session = sessions.lockById(pending.session().id()).orElseThrow(CourseService::notFound);
        enrolments.refresh(pending);
        if (pending.status() != EnrolmentStatus.PENDING_APPROVAL) {
            throw new DomainValidationException("enrolment.error.notPending", "Not waiting for approval");
        }
        Instant now = clock.instant();
        boolean seat = Seats.free(session, pending.organisationId(), enrolments);
        pending.moveTo(seat ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED, now);
        pending.decidedBy(currentActor.get().displayName());
        events.publishEvent(new EnrolmentNotice(
                pending.id(), seat ? EnrolmentNotice.Kind.CONFIRMED : EnrolmentNotice.Kind.WAITLISTED));
        return enrolments.saveAndFlush(pending);
    }

    @RequiresRole(Role.ORG_ADMIN)
    @Transactional
    public Enrolment decline(Long enrolmentId) {
        Enrolment pending = pendingOfMyStaff(enrolmentId);
        pending.moveTo(EnrolmentStatus.DECLINED, clock.instant());
        pending.decidedBy(currentActor.get().displayName());
        events.publishEvent(new EnrolmentNotice(pending.id(), EnrolmentNotice.Kind.DECLINED));
        return enrolments.saveAndFlush(pending);
    }

    /** Whether the current actor approves their staff's enrolments and enrols them (an administrator). */
    @RequiresLogin
    public boolean mayManageStaff() {
        return currentActor.get().hasRole(Role.ORG_ADMIN);
    }

    /** Enrolments of the administrator's staff waiting for approval. */
    @RequiresRole(Role.ORG_ADMIN)
    public List<Enrolment> pendingApprovals() {
        return enrolments.pendingApproval(currentActor.get().organisationId());
    }

    /**
     * The participant cancels (before the session's cancellation deadline); a freed seat goes to the first in line.
     */
    @RequiresLogin
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Enrolment cancel(Long enrolmentId) {
        Enrolment mine = enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> Objects.equals(e.personId(), currentActor.get().personId()))
                .orElseThrow(EnrolmentService::notFound);
        CourseSession session = sessions.lockById(mine.session().id()).orElseThrow(CourseService::notFound);
        enrolments.refresh(mine);
        Instant now = clock.instant();
        if (!mine.status().isActive()) {
            throw new DomainValidationException("enrolment.error.notActive", "Nothing to cancel");
        }
        if (mine.completedOn() != null) {
            throw new DomainValidationException("enrolment.error.completed", "A completed course is not cancelled");
        }
        if (!now.isBefore(session.cancellationDeadline())) {
            throw new DomainValidationException("enrolment.error.deadline", "The cancellation deadline has passed");
        }
        boolean heldSeat = mine.status() == EnrolmentStatus.CONFIRMED;
        mine.moveTo(EnrolmentStatus.CANCELLED, now);
        enrolments.saveAndFlush(mine);
        events.publishEvent(new EnrolmentNotice(mine.id(), EnrolmentNotice.Kind.CANCELLED));
        if (heldSeat) {
            Seats.promote(session, enrolments, events, now);
        }
        return mine;
    }

    /**
     * Names the initiative where the participant applies the course (null clears it): the participant for their
     * own enrolment, or the administrators of their organisation. The initiative must be one the actor may read.
     */
    @RequiresLogin
    @Transactional
    public Enrolment applyIn(Long enrolmentId, long expectedVersion, Long initiativeId) {
        Actor actor = currentActor.get();
        Enrolment enrolment = enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> Objects.equals(e.personId(), actor.personId())
                        || (actor.hasRole(Role.ORG_ADMIN) && actor.belongsTo(e.organisationId())))
                .orElseThrow(EnrolmentService::notFound);
        if (enrolment.version() != expectedVersion) {
            throw new StaleEditException("Enrolment", enrolmentId);
        }
        if (initiativeId != null && !initiatives.canRead(initiativeId)) {
            throw new DomainValidationException("enrolment.error.initiative", "No such initiative");
        }
        enrolment.applyIn(initiativeId, clock.instant());
        return enrolments.saveAndFlush(enrolment);
    }

    /**
     * The courses taken for an initiative (enrolments that name it, holding a seat): course id, title and number
     * of people, without naming anyone. Empty unless the actor may read the initiative.
     */
    @RequiresLogin
    public List<InitiativeCourse> coursesFor(Long initiativeId) {
        if (initiativeId == null || !initiatives.canRead(initiativeId)) {
            return List.of();
        }
        return enrolments.coursesForInitiative(initiativeId).stream()
                .map(r -> new InitiativeCourse((Long) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    /** A course taken for an initiative, and by how many. */
    public record InitiativeCourse(Long courseId, String courseTitle, long people) {}

    // ---- the participant's own --------------------------------------------------------------------------

    /** Everything the current person is or was enrolled in, newest session first. */
    @RequiresLogin
    public List<Enrolment> mine() {
        List<Enrolment> mine = enrolments.ofPerson(currentActor.get().personId());
        mine.forEach(e -> {
            e.attended();
            e.session().meetings();
            org.hibernate.Hibernate.initialize(e.session().course().organiser());
        });
        return mine;
    }

    /** The current person's place in a waitlist (1 = next), 0 when not waitlisted. */
    @RequiresLogin
    public long waitlistPosition(Long enrolmentId) {
        return enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> Objects.equals(e.personId(), currentActor.get().personId()))
                .filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .map(e -> enrolments.aheadInWaitlist(e.session().id(), e.requestedAt(), e.id()) + 1)
                .orElse(0L);
    }

    /** What is stored about the current person in the academy, as JSON (the right of access, GDPR art. 15). */
    @RequiresLogin
    public String exportMyData() {
        Actor actor = currentActor.get();
        List<Map<String, Object>> rows = mine().stream()
                .map(e -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("course", e.session().course().title());
                    row.put("session", e.session().name());
                    row.put("firstMeeting", e.session().firstStartsAt().toString());
                    row.put("status", e.status().name());
                    row.put("requestedAt", e.requestedAt().toString());
                    row.put("enrolledBy", e.enrolledByName());
                    row.put("decidedBy", e.decidedByName());
                    row.put(
                            "meetingsAttended",
                            e.attended().stream().map(p -> p + 1).sorted().toList());
                    row.put(
                            "completedOn",
                            e.completedOn() == null ? null : e.completedOn().toString());
                    row.put("certificateCode", e.certificateCode());
                    row.put(
                            "validUntil",
                            e.validUntil() == null ? null : e.validUntil().toString());
                    return row;
                })
                .toList();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("person", actor.displayName());
        export.put("exportedAt", clock.instant().toString());
        export.put("retentionMonths", retentionMonths);
        export.put("enrolments", rows);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(export);
    }

    /** A calendar file with the meetings of one of the current person's sessions. */
    @RequiresLogin
    public byte[] calendar(Long enrolmentId) {
        Enrolment mine = enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> Objects.equals(e.personId(), currentActor.get().personId()))
                .orElseThrow(EnrolmentService::notFound);
        return SessionCalendar.of(List.of(mine.session()), clock.instant(), false);
    }

    /** A calendar file with every session the current person holds a seat in and that is still ahead. */
    @RequiresLogin
    public byte[] myCalendar() {
        Instant now = clock.instant();
        return SessionCalendar.of(
                mine().stream()
                        .filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
                        .map(Enrolment::session)
                        .filter(s -> s.lastEndsAt().isAfter(now))
                        .toList(),
                now,
                false);
    }

    /** The certificate of a completed course, for the participant (or the organiser's academy administrators). */
    @RequiresLogin
    public byte[] certificate(Long enrolmentId) {
        Actor actor = currentActor.get();
        Enrolment enrolment = enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> Objects.equals(e.personId(), actor.personId())
                        || CourseService.mayManage(actor, e.session().course()))
                .filter(e -> e.certificateCode() != null)
                .orElseThrow(EnrolmentService::notFound);
        org.hibernate.Hibernate.initialize(enrolment.session().course().organiser());
        return Certificates.pdf(enrolment, baseUrl + "public/verify?code=" + enrolment.certificateCode());
    }

    /** Checks in to the meeting going on now (from 30 minutes before it starts until it ends) with its code. */
    @RequiresLogin
    @Transactional
    public int checkIn(String code) {
        Actor actor = currentActor.get();
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        for (Enrolment enrolment : enrolments.ofPerson(actor.personId())) {
            CourseSession session = enrolment.session();
            if (enrolment.status() != EnrolmentStatus.CONFIRMED
                    || !session.checkInCode().equals(wanted)) {
                continue;
            }
            List<Meeting> meetings = session.meetings();
            for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = meetings.get(i);
                if (!now.isBefore(meeting.startsAt().minus(30, ChronoUnit.MINUTES)) && now.isBefore(meeting.endsAt())) {
                    enrolment.attendance(i, true, now);
                    return i;
                }
            }
            throw new DomainValidationException(
                    "enrolment.error.noMeetingNow", "No meeting of the session is going on");
        }
        throw new DomainValidationException("enrolment.error.checkInCode", "Unknown code, or not enrolled");
    }

    // ---- public verification ------------------------------------------------------------------------------

    /** Whether a certificate code is valid, expired or unknown; reveals no more than name, course and date. */
    @AnonymousAccess
    public Verification verify(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (wanted.isEmpty() || wanted.length() > 20) {
            return Verification.unknown();
        }
        return enrolments
                .findByCertificateCode(wanted)
                .filter(e -> !e.anonymised())
                .map(e -> {
                    LocalDate validUntil = e.validUntil();
                    boolean expired =
                            validUntil != null && validUntil.isBefore(LocalDate.now(clock.withZone(SwedishTime.ZONE)));
                    return new Verification(
                            expired ? Verification.State.EXPIRED : Verification.State.VALID,
                            e.personName(),
                            e.session().course().title(),
                            e.completedOn(),
                            validUntil);
                })
                .orElse(Verification.unknown());
    }

    // ---- jobs and notifications ---------------------------------------------------------------------------

    /** What a notification about an enrolment says, with the calendar file for it. */
    public record Notice(
            Long personId,
            String courseTitle,
            String sessionName,
            Instant firstStartsAt,
            String where,
            byte[] calendar,
            boolean cancelled) {}

    @SystemAccess("The notifier reads the enrolment after its change commits, outside any user's request")
    public Optional<Notice> notice(Long enrolmentId, EnrolmentNotice.Kind kind) {
        return enrolments
                .findById(enrolmentId)
                .filter(e -> e.personId() != null)
                .map(e -> {
                    CourseSession session = e.session();
                    boolean cancelled = kind == EnrolmentNotice.Kind.CANCELLED
                            || kind == EnrolmentNotice.Kind.SESSION_CANCELLED
                            || kind == EnrolmentNotice.Kind.DECLINED;
                    return new Notice(
                            e.personId(),
                            session.course().title(),
                            session.name(),
                            session.firstStartsAt(),
                            session.place() != null ? session.place() : session.onlineLink(),
                            SessionCalendar.of(List.of(session), clock.instant(), cancelled),
                            cancelled);
                });
    }

    /** Sessions starting within the next day that have not been reminded of: their confirmed participants. */
    @SystemAccess("The reminder job runs outside any user's request")
    @Transactional
    public int remindUpcoming() {
        Instant now = clock.instant();
        int reminded = 0;
        for (CourseSession session : sessions.dueForReminder(now, now.plus(1, ChronoUnit.DAYS))) {
            for (Enrolment enrolment :
                    enrolments.findBySessionIdAndStatusIn(session.id(), List.of(EnrolmentStatus.CONFIRMED))) {
                events.publishEvent(new EnrolmentNotice(enrolment.id(), EnrolmentNotice.Kind.REMINDER));
                reminded++;
            }
            session.reminded();
        }
        return reminded;
    }

    /** Anonymises enrolments whose session ended more than the retention period ago; returns how many. */
    @SystemAccess("The retention job runs outside any user's request")
    @Transactional
    public int anonymiseExpired() {
        Instant cutoff = LocalDate.now(clock.withZone(SwedishTime.ZONE))
                .minusMonths(retentionMonths)
                .atStartOfDay(SwedishTime.ZONE)
                .toInstant();
        Instant now = clock.instant();
        int done = 0;
        List<Enrolment> batch;
        do {
            batch = enrolments.toAnonymise(cutoff, Limit.of(500));
            batch.forEach(e -> e.anonymise(now));
            enrolments.flush();
            done += batch.size();
        } while (batch.size() == 500);
        return done;
    }

    private Enrolment pendingOfMyStaff(Long enrolmentId) {
        Enrolment enrolment = enrolments
                .findById(enrolmentId == null ? -1L : enrolmentId)
                .filter(e -> e.organisationId().equals(currentActor.get().organisationId()))
                .orElseThrow(EnrolmentService::notFound);
        if (enrolment.status() != EnrolmentStatus.PENDING_APPROVAL) {
            throw new DomainValidationException("enrolment.error.notPending", "Not waiting for approval");
        }
        return enrolment;
    }

    private static DomainValidationException notFound() {
        return new DomainValidationException("enrolment.error.notFound", "No such enrolment");
    }
}
