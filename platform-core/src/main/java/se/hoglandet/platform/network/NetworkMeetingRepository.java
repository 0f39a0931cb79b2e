package se.hoglandet.platform.network;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkMeetingRepository extends JpaRepository<NetworkMeeting, Long> {

    /** A network's meetings, latest first. */
    Page<NetworkMeeting> findByNetworkIdOrderByStartsAtDescIdDesc(Long networkId, Pageable pageable);

    /** The meeting right before {@code startsAt}: its day is when the follow-up of the next one starts. */
    Optional<NetworkMeeting> findFirstByNetworkIdAndStartsAtLessThanOrderByStartsAtDescIdDesc(
            Long networkId, Instant startsAt);

    /** Meetings starting within the window that nobody has been reminded of yet. */
    @Query("""
            select m from NetworkMeeting m where m.startsAt > :from and m.startsAt <= :to and m.remindedAt is null
            order by m.startsAt, m.id""")
    List<NetworkMeeting> toRemind(Instant from, Instant to);
}
