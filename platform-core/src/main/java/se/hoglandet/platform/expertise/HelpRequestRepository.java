package se.hoglandet.platform.expertise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpRequestRepository extends JpaRepository<HelpRequest, Long> {

    @EntityGraph(attributePaths = {"expert", "expertOrganisation", "requesterOrganisation"})
    Optional<HelpRequest> findWithPeopleById(Long id);

    /** Requests a person made, or was asked, latest first. */
    @Query("""
            select h from HelpRequest h join fetch h.expert join fetch h.expertOrganisation
              join fetch h.requesterOrganisation
            where h.requesterPersonId = :personId or h.expert.id = :personId
            order by h.createdAt desc, h.id desc""")
    List<HelpRequest> involving(Long personId);

    /** Requests waiting for the decider: for experts they manage, or of their organisation when administrator. */
    @Query("""
            select h from HelpRequest h join fetch h.expert e join fetch h.requesterOrganisation
              join fetch h.expertOrganisation
            where h.status = se.hoglandet.platform.expertise.HelpStatus.REQUESTED
              and (e.manager.id = :deciderId or (:administrator = true and h.expertOrganisation.id = :organisationId))
            order by h.neededBy, h.id""")
    List<HelpRequest> toDecide(Long deciderId, boolean administrator, Long organisationId);

    /** Approved requests to the expert with hours still to give, the earliest needed first. */
    @Query("""
            select h from HelpRequest h join fetch h.requesterOrganisation
            where h.expert.id = :expertId and h.status = se.hoglandet.platform.expertise.HelpStatus.APPROVED
              and h.hours > (select coalesce(sum(g.hours), 0) from HoursGiven g where g.helpRequestId = h.id)
            order by h.neededBy, h.id""")
    List<HelpRequest> toGive(Long expertId);

    /** Hours given in a period per lending organisation and area: organisation id, area, hours. */
    @Query("""
            select h.expertOrganisation.id, h.area, sum(g.hours) from HoursGiven g
              join HelpRequest h on h.id = g.helpRequestId
            where g.givenOn >= :from and g.givenOn <= :to
            group by h.expertOrganisation.id, h.area""")
    List<Object[]> lentBetween(LocalDate from, LocalDate to);

    /** Hours received in a period per borrowing organisation and area: organisation id, area, hours. */
    @Query("""
            select h.requesterOrganisation.id, h.area, sum(g.hours) from HoursGiven g
              join HelpRequest h on h.id = g.helpRequestId
            where g.givenOn >= :from and g.givenOn <= :to
            group by h.requesterOrganisation.id, h.area""")
    List<Object[]> borrowedBetween(LocalDate from, LocalDate to);

    @Query("select coalesce(sum(g.hours), 0) from HoursGiven g where g.helpRequestId = :requestId")
    BigDecimal hoursGiven(Long requestId);
}
