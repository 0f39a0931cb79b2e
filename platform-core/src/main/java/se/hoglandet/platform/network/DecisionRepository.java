package se.hoglandet.platform.network;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    List<Decision> findByMeetingIdOrderByIdAsc(Long meetingId);

    /** The days decisions were taken on within a period, one per decision (for the indicator). */
    @Query("""
            select d.decidedOn from Decision d where d.networkId = :networkId
              and d.decidedOn >= :from and d.decidedOn <= :to""")
    List<LocalDate> daysDecided(Long networkId, LocalDate from, LocalDate to);
}
