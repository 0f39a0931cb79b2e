package se.hoglandet.platform.assessment;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import se.hoglandet.platform.shared.Role;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

    List<ReviewRequest> findByAssessmentIdOrderByRequestedAt(Long assessmentId);

    boolean existsByAssessmentIdAndExpertPersonIdAndStatus(
            Long assessmentId, Long expertPersonId, ReviewRequestStatus status);

    boolean existsByAssessmentIdAndExpertPersonIdAndExpertRoleAndStatus(
            Long assessmentId, Long expertPersonId, Role role, ReviewRequestStatus status);

    Page<ReviewRequest> findByExpertPersonIdOrderByRequestedAtDesc(Long expertPersonId, Pageable pageable);

    Page<ReviewRequest> findByExpertPersonIdAndStatusOrderByRequestedAtDesc(
            Long expertPersonId, ReviewRequestStatus status, Pageable pageable);
}
