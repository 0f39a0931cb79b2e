package se.hoglandet.platform.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentCommentRepository extends JpaRepository<AssessmentComment, Long> {

    List<AssessmentComment> findByAssessmentIdOrderByCreatedAtAscIdAsc(Long assessmentId);
}
