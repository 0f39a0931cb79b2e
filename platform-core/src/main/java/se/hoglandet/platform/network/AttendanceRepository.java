package se.hoglandet.platform.network;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("""
            select a from Attendance a join fetch a.person p join fetch a.organisation
            where a.meetingId = :meetingId order by p.displayName, a.id""")
    List<Attendance> ofMeeting(Long meetingId);

    /** The organisations represented at a meeting: those of the people present. */
    @Query("""
            select distinct a.organisation.id from Attendance a where a.meetingId = :meetingId and a.present = true""")
    List<Long> representedOrganisationIds(Long meetingId);
}
