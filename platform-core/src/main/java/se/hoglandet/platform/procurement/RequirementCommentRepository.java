package se.hoglandet.platform.procurement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequirementCommentRepository extends JpaRepository<RequirementComment, Long> {

    List<RequirementComment> findByRequirementIdInOrderByCreatedAtAscIdAsc(Collection<Long> requirementIds);
}
