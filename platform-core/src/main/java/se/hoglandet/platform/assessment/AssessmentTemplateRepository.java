package se.hoglandet.platform.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentTemplateRepository extends JpaRepository<AssessmentTemplate, Long> {

    List<AssessmentTemplate> findByStatusOrderByName(TemplateStatus status);

    List<AssessmentTemplate> findByStatusInOrderByCreatedAtDesc(List<TemplateStatus> statuses);

    Optional<AssessmentTemplate> findFirstByTemplateKeyOrderByTemplateVersionDesc(String templateKey);

    Optional<AssessmentTemplate> findFirstByTemplateKeyAndStatusOrderByTemplateVersionDesc(
            String templateKey, TemplateStatus status);
}
