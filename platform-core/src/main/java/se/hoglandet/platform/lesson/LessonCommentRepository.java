package se.hoglandet.platform.lesson;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonCommentRepository extends JpaRepository<LessonComment, Long> {

    List<LessonComment> findByLessonIdOrderByCreatedAtAscIdAsc(Long lessonId);
}
