package se.hoglandet.platform.academy;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

    List<CourseSession> findByCourseIdOrderByFirstStartsAt(Long courseId);

    @Query("select s from CourseSession s join fetch s.course where s.course.id in :courseIds order by s.firstStartsAt")
    List<CourseSession> findByCourseIdInOrderByFirstStartsAt(@Param("courseIds") Collection<Long> courseIds);

    /** The session row locked for the rest of the transaction (SELECT … FOR UPDATE): seats are counted under it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CourseSession s where s.id = :id")
    Optional<CourseSession> lockById(@Param("id") Long id);

    @Query("""
            select s from CourseSession s join fetch s.course
            where s.cancelled = false and s.reminded = false and s.firstStartsAt > :from and s.firstStartsAt <= :to
            order by s.id""")
    List<CourseSession> dueForReminder(@Param("from") Instant from, @Param("to") Instant to);

    boolean existsByCheckInCode(String checkInCode);
}
