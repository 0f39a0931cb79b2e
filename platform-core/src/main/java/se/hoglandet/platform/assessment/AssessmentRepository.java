package se.hoglandet.platform.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long>, JpaSpecificationExecutor<Assessment> {

    List<Assessment> findBySeriesIdOrderByVersionNumber(String seriesId);

    List<Assessment> findByIdIn(java.util.Collection<Long> ids);

    /** Approved versions past their review date, not yet reminded, with no newer version started. */
    @Query("""
            select a from Assessment a
            where a.status in (se.hoglandet.platform.assessment.AssessmentStatus.APPROVED,
                               se.hoglandet.platform.assessment.AssessmentStatus.APPROVED_WITH_CONDITIONS)
              and a.reviewDate <= :today and a.reviewRemindedOn is null
              and not exists (select 1 from Assessment n where n.seriesId = a.seriesId and n.versionNumber > a.versionNumber)
            order by a.id""")
    List<Assessment> dueForReview(@Param("today") java.time.LocalDate today);

    @Query("select a.id from Assessment a where a.id > :after order by a.id")
    List<Long> idsAfter(@Param("after") long after, org.springframework.data.domain.Limit limit);

    List<Assessment> findByAdoptedFromIdOrderByCreatedAt(Long adoptedFromId);

    boolean existsBySeriesIdAndStatusIn(String seriesId, List<AssessmentStatus> statuses);

    /** Approved risk and consequence analyses by the initiative's owner that cover the initiative. */
    @Query("""
            select a from Assessment a join a.initiativeIds i
            where i = :initiativeId and a.type = :type and a.ownerOrganisation.id = :ownerId
              and a.status in (se.hoglandet.platform.assessment.AssessmentStatus.APPROVED,
                               se.hoglandet.platform.assessment.AssessmentStatus.APPROVED_WITH_CONDITIONS)
            order by a.decidedAt desc""")
    List<Assessment> approvedCovering(
            @Param("initiativeId") Long initiativeId,
            @Param("type") AssessmentType type,
            @Param("ownerId") Long ownerId);

    default Optional<Assessment> latestApprovedCovering(Long initiativeId, AssessmentType type, Long ownerId) {
        return approvedCovering(initiativeId, type, ownerId).stream().findFirst();
    }
}
