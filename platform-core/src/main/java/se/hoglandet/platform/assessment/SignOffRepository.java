package se.hoglandet.platform.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByAssessmentIdOrderBySignedAt(Long assessmentId);

    List<SignOff> findByAssessmentIdAndReviewRound(Long assessmentId, int reviewRound);
}
