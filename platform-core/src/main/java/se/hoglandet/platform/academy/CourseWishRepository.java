package se.hoglandet.platform.academy;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseWishRepository extends JpaRepository<CourseWish, Long> {

    /** Wishes in a status, oldest first (the academy answers them in turn). */
    Page<CourseWish> findByStatusOrderByCreatedAtAscIdAsc(CourseWish.Status status, Pageable pageable);

    List<CourseWish> findByStatusOrderByCreatedAtAscIdAsc(CourseWish.Status status);

    List<CourseWish> findByIdIn(Collection<Long> ids);
}
