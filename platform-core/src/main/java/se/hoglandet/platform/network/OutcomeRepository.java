package se.hoglandet.platform.network;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutcomeRepository extends JpaRepository<Outcome, Long> {

    List<Outcome> findByNetworkIdOrderByCreatedAtDescIdDesc(Long networkId);

    @Query("select o.createdAt from Outcome o where o.networkId = :networkId and o.createdAt >= :from")
    List<Instant> createdSince(Long networkId, Instant from);

    List<Outcome> findByActionIdOrderByCreatedAtAscIdAsc(Long actionId);

    List<Outcome> findByMeetingIdOrderByCreatedAtAscIdAsc(Long meetingId);
}
