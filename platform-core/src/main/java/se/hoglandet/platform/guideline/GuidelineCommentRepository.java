package se.hoglandet.platform.guideline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuidelineCommentRepository extends JpaRepository<GuidelineComment, Long> {

    List<GuidelineComment> findByGuidelineIdOrderByCreatedAtAscIdAsc(Long guidelineId);
}
