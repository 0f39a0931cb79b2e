package se.hoglandet.platform.academy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long>, RefreshingRepository<Enrolment> {

    Optional<Enrolment> findBySessionIdAndPersonId(Long sessionId, Long personId);

    long countBySessionIdAndStatus(Long sessionId, EnrolmentStatus status);

    long countBySessionIdAndStatusAndOrganisationId(Long sessionId, EnrolmentStatus status, Long organisationId);

    /** The waitlist in order: first come, first served. */
    @Query("""
            select e from Enrolment e where e.session.id = :sessionId and e.status = se.hoglandet.platform.academy.EnrolmentStatus.WAITLISTED
            order by e.requestedAt, e.id""")
    List<Enrolment> waitlist(@Param("sessionId") Long sessionId);

    @Query("""
            select count(e) from Enrolment e where e.session.id = :sessionId
              and e.status = se.hoglandet.platform.academy.EnrolmentStatus.WAITLISTED
              and (e.requestedAt < :requestedAt or (e.requestedAt = :requestedAt and e.id < :id))""")
    long aheadInWaitlist(
            @Param("sessionId") Long sessionId, @Param("requestedAt") Instant requestedAt, @Param("id") Long id);

    @Query("""
            select e from Enrolment e join fetch e.session s join fetch s.course
            where e.personId = :personId order by s.firstStartsAt desc, e.id""")
    List<Enrolment> ofPerson(@Param("personId") Long personId);

    @Query("""
            select e from Enrolment e where e.session.id = :sessionId and e.status <> se.hoglandet.platform.academy.EnrolmentStatus.CANCELLED
            order by e.status, e.requestedAt, e.id""")
    List<Enrolment> participants(@Param("sessionId") Long sessionId);

    @Query("""
            select e from Enrolment e join fetch e.session s join fetch s.course
            where e.organisationId = :organisationId and e.status = se.hoglandet.platform.academy.EnrolmentStatus.PENDING_APPROVAL
            order by e.requestedAt""")
    List<Enrolment> pendingApproval(@Param("organisationId") Long organisationId);

    @Query("select e from Enrolment e join fetch e.session s join fetch s.course where e.certificateCode = :code")
    Optional<Enrolment> findByCertificateCode(@Param("code") String code);

    List<Enrolment> findBySessionIdAndStatusIn(Long sessionId, Collection<EnrolmentStatus> statuses);

    /** Enrolments still tied to a person whose session ended before the cutoff. */
    @Query("""
            select e from Enrolment e join e.session s
            where e.anonymised = false and s.firstStartsAt < :cutoff
              and not exists (select 1 from CourseSession s2 join s2.meetings m where s2 = s and m.endsAt >= :cutoff)
            order by e.id""")
    List<Enrolment> toAnonymise(@Param("cutoff") Instant cutoff, Limit limit);

    /** Completed basic AI-literacy training, per person: person, completion date, validity in months. */
    @Query("""
            select e.personId, e.organisationId, e.completedOn, c.validityMonths from Enrolment e join e.session s join s.course c
            where c.basicAiLiteracy = true and e.completedOn is not null and e.personId is not null
              and (:organisationId is null or e.organisationId = :organisationId)""")
    List<Object[]> basicLiteracyCompletions(@Param("organisationId") Long organisationId);

    /** Per course and organisation: status counts, attended anyone, completed. */
    @Query("""
            select c.id, c.title, e.organisationId, e.status, count(e),
                   sum(case when e.completedOn is not null then 1 else 0 end),
                   sum(case when size(e.attended) > 0 then 1 else 0 end),
                   sum(case when e.completedOn is not null and e.appliedInInitiativeId is not null then 1 else 0 end)
            from Enrolment e join e.session s join s.course c
            where (:organisationId is null or e.organisationId = :organisationId)
            group by c.id, c.title, e.organisationId, e.status
            order by c.title, e.organisationId""")
    List<Object[]> statistics(@Param("organisationId") Long organisationId);

    /** Completions in [from, until), and those of them that name an initiative where the course is applied. */
    @Query("""
            select count(e), coalesce(sum(case when e.appliedInInitiativeId is not null then 1 else 0 end), 0)
            from Enrolment e
            where e.completedOn >= :from and e.completedOn < :until
              and (:organisationId is null or e.organisationId = :organisationId)""")
    List<Object[]> completionsBetween(
            @Param("organisationId") Long organisationId,
            @Param("from") java.time.LocalDate from,
            @Param("until") java.time.LocalDate until);

    /** The courses taken for an initiative: course id, title, and how many completed or hold a seat. */
    @Query("""
            select c.id, c.title, count(e) from Enrolment e join e.session s join s.course c
            where e.appliedInInitiativeId = :initiativeId
              and e.status = se.hoglandet.platform.academy.EnrolmentStatus.CONFIRMED
            group by c.id, c.title order by c.title""")
    List<Object[]> coursesForInitiative(@Param("initiativeId") Long initiativeId);
}
