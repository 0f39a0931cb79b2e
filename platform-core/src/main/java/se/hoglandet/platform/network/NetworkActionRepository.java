package se.hoglandet.platform.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkActionRepository extends JpaRepository<NetworkAction, Long> {

    @EntityGraph(attributePaths = {"owner", "ownerOrganisation"})
    Optional<NetworkAction> findWithOwnerById(Long id);

    @Query("""
            select a from NetworkAction a join fetch a.owner join fetch a.ownerOrganisation
            where a.meetingId = :meetingId order by a.id""")
    List<NetworkAction> ofMeeting(Long meetingId);

    /** A network's actions, open first, then by due date. */
    @Query(value = """
                    select a from NetworkAction a join fetch a.owner join fetch a.ownerOrganisation
                    where a.networkId = :networkId
                    order by case when a.status in (se.hoglandet.platform.network.ActionStatus.OPEN,
                        se.hoglandet.platform.network.ActionStatus.IN_PROGRESS) then 0 else 1 end, a.dueOn, a.id""", countQuery = "select count(a) from NetworkAction a where a.networkId = :networkId")
    Page<NetworkAction> ofNetwork(Long networkId, Pageable pageable);

    /**
     * The follow-up ("uppföljning") of a meeting: actions given at the network's earlier meetings that are still
     * open, or were closed on or after {@code sinceDay} (the previous meeting's day), so the meeting hears of them.
     */
    @Query("""
            select a from NetworkAction a join fetch a.owner join fetch a.ownerOrganisation
            where a.networkId = :networkId
              and a.meetingId in (select m.id from NetworkMeeting m where m.networkId = :networkId
                and m.startsAt < :before)
              and (a.status in (se.hoglandet.platform.network.ActionStatus.OPEN,
                    se.hoglandet.platform.network.ActionStatus.IN_PROGRESS)
                or a.closedOn >= :sinceDay)
            order by a.dueOn, a.id""")
    List<NetworkAction> followUp(Long networkId, Instant before, LocalDate sinceDay);

    /** The open actions a person owns, the earliest due first: their tasks on the start page. */
    @Query("""
            select a from NetworkAction a where a.owner.id = :personId
              and a.status in (se.hoglandet.platform.network.ActionStatus.OPEN,
                se.hoglandet.platform.network.ActionStatus.IN_PROGRESS)
            order by a.dueOn, a.id""")
    List<NetworkAction> openOwnedBy(Long personId);

    /** Actions done within a period (for the indicator: done on time or not is decided per row). */
    @Query("""
            select a from NetworkAction a where a.networkId = :networkId
              and a.status = se.hoglandet.platform.network.ActionStatus.DONE
              and a.closedOn >= :from and a.closedOn <= :to""")
    List<NetworkAction> doneBetween(Long networkId, LocalDate from, LocalDate to);
}
